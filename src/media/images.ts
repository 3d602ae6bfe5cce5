/**
 * The media stage: each image a report shows, resized at build time to a few
 * widths in WebP and its own format (JPEG, PNG …) by @11ty/eleventy-img on
 * sharp, plus the largest as the print version (≥ 200 dpi across a full A4
 * column). Files are named by a hash of the image's bytes, so output is the same
 * for the same input; they are made once into a cache folder that outlives
 * builds, and copied from there into each build. SVG passes through as it is
 * (validation has refused any with scripts).
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import Image, { type ImageStat } from "@11ty/eleventy-img";

/** Widths made for screens; the largest is also the print version (1600 px over 170 mm ≈ 240 dpi). */
export const IMAGE_WIDTHS = [480, 960, 1600];
/** Where images are published on the site. */
export const MEDIA_PATH = "/bilder/";

export interface ImageVariant {
  url: string;
  width: number;
  height: number;
}

export interface ProcessedImage {
  width: number;
  height: number;
  /** One `<source>` per format, best first; the last is the fallback `<img>`'s format. Site paths, without the path prefix. */
  sources: Array<{ type: string; variants: Array<{ url: string; width: number }> }>;
  fallback: ImageVariant;
  print: ImageVariant;
  /** File names in the cache folder, to copy into the site. */
  files: string[];
}

/** Source image (display path) → what was made of it. */
export type MediaIndex = Map<string, ProcessedImage>;

const variant = (s: ImageStat): ImageVariant => ({ url: s.url, width: s.width, height: s.height });

async function processOne(file: string, outputDir: string): Promise<ProcessedImage> {
  const svg = /\.svg$/i.test(file);
  const stats = await Image(file, {
    widths: svg ? ["auto"] : IMAGE_WIDTHS,
    formats: svg ? ["svg"] : ["webp", "auto"],
    outputDir,
    urlPath: MEDIA_PATH,
    sharpJpegOptions: { quality: 82, mozjpeg: true },
    sharpWebpOptions: { quality: 80 },
  });
  const formats = Object.values(stats).filter((list) => list.length > 0);
  const fallbackList = formats.at(-1)!;
  const largest = fallbackList.at(-1)!;
  return {
    width: largest.width,
    height: largest.height,
    sources: formats.map((list) => ({
      type: list[0]!.sourceType ?? `image/${list[0]!.format}`,
      variants: list.map((s) => ({ url: s.url, width: s.width })),
    })),
    fallback: variant(fallbackList[Math.min(1, fallbackList.length - 1)]!),
    print: variant(largest),
    files: formats.flat().map((s) => basename(s.outputPath)),
  };
}

/** Anything that changes what is made from an image: a change here must not reuse old files. */
const MEDIA_FORMAT_VERSION = JSON.stringify({ v: 1, IMAGE_WIDTHS, MEDIA_PATH, processOne: processOne.toString() });

/**
 * What was made of an image with these bytes before, if its files are all still there. Keyed by the
 * image's content, not its name: a renamed image is not made again, an edited one is.
 */
function cached(outputDir: string, key: string): ProcessedImage | undefined {
  const manifest = join(outputDir, `${key}.json`);
  if (!existsSync(manifest)) return undefined;
  const image = JSON.parse(readFileSync(manifest, "utf8")) as ProcessedImage;
  return image.files.every((f) => existsSync(join(outputDir, f))) ? image : undefined;
}

/** Every image once, in a stable order; what is already in the cache folder is not made again. */
export async function processImages(files: Iterable<string>, outputDir: string): Promise<MediaIndex> {
  mkdirSync(outputDir, { recursive: true });
  const sorted = [...new Set(files)].sort();
  const done = new Map<string, ProcessedImage>();
  const one = async (file: string) => {
    const key = createHash("sha256").update(MEDIA_FORMAT_VERSION).update(readFileSync(file)).digest("hex").slice(0, 32);
    let image = cached(outputDir, key);
    if (!image) {
      image = await processOne(file, outputDir);
      writeFileSync(join(outputDir, `${key}.json`), JSON.stringify(image));
    }
    done.set(file, image);
  };
  // One image per core at a time; the index is in file order whatever finishes first.
  let next = 0;
  const lane = async () => {
    while (next < sorted.length) await one(sorted[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(sorted.length, availableParallelism()) }, lane));
  return new Map(sorted.map((f) => [f, done.get(f)!]));
}

/** The made files, from the cache folder into a site folder under /bilder/. */
export function copyMedia(index: MediaIndex, cacheDir: string, siteDir: string): void {
  if (index.size === 0) return;
  const target = join(siteDir, MEDIA_PATH);
  mkdirSync(target, { recursive: true });
  for (const image of index.values()) for (const f of image.files) copyFileSync(join(cacheDir, f), join(target, f));
}
