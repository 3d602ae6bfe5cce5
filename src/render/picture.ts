/**
 * An image as HTML, from what the media stage made of it: on the web a
 * <picture> with WebP and the image's own format at several widths, `sizes`
 * for its place in the column, width and height set (no layout shift) and
 * lazy loading; in print one <img> of the print version, sharp on paper.
 */
import type { MediaIndex } from "../media/images.ts";
import { escapeHtml, withPrefix } from "./html.ts";
import { handOver, handoverKey, received } from "../shared/handover.ts";

/** What the media stage made, handed over by the build before templates render (shared/handover.ts). */
const MEDIA = handoverKey<MediaIndex>("media");
const media = { get: (file: string) => received(MEDIA)?.get(file) };

export const useMedia = (index: MediaIndex): void => handOver(MEDIA, index);

export type FigureWidth = "full" | "half" | "inline";

/** How wide the image is shown, for the browser to pick a file: the report column is at most 46rem. */
const SIZES: Record<FigureWidth, string> = {
  full: "(min-width: 50rem) 46rem, calc(100vw - 2rem)",
  half: "(min-width: 50rem) 23rem, calc(100vw - 2rem)",
  inline: "(min-width: 50rem) 15rem, 40vw",
};

export interface PictureOptions {
  width?: FigureWidth;
  print?: boolean;
  prefix?: string;
  /** The first image of a page is in view at once: no lazy loading. */
  eager?: boolean;
}

export function pictureHtml(file: string, alt: string, options: PictureOptions = {}): string {
  const image = media.get(file);
  // Validation has checked every image exists; one the media stage has not seen is a build without images (tests, check).
  if (!image) return `<img src="" alt="${escapeHtml(alt)}">`;
  const url = (u: string) => escapeHtml(withPrefix(options.prefix ?? "/", u));
  const size = `width="${image.width}" height="${image.height}"`;
  if (options.print) return `<img src="${url(image.print.url)}" ${size} alt="${escapeHtml(alt)}">`;
  const sizes = SIZES[options.width ?? "full"];
  const srcset = (list: Array<{ url: string; width: number }>) =>
    list.map((v) => `${url(v.url)} ${v.width}w`).join(", ");
  const sources = image.sources
    .slice(0, -1)
    .map((s) => `<source type="${s.type}" srcset="${srcset(s.variants)}" sizes="${sizes}">`);
  const own = image.sources.at(-1)!;
  const loading = options.eager ? "" : ' loading="lazy"';
  // Search indexes what an image shows: Pagefind reads attributes only when asked to.
  const img = `<img src="${url(image.fallback.url)}" srcset="${srcset(own.variants)}" sizes="${sizes}" ${size} alt="${escapeHtml(alt)}"${loading} decoding="async"${alt ? ' data-pagefind-index-attrs="alt"' : ""}>`;
  return sources.length ? `<picture>${sources.join("")}${img}</picture>` : img;
}

/** An image's largest published version (site path, without the prefix), for the open data. */
export function publishedImage(file: string): { url: string; width: number; height: number } | undefined {
  const image = media.get(file);
  return image && { ...image.print };
}
