/**
 * The media stage: each image a report shows, resized at build time to a few
 * widths in WebP and its own format (JPEG, PNG …) by @11ty/eleventy-img on
 * sharp, plus the largest as the print version (≥ 200 dpi across a full A4
 * column). Files are named by a hash of the image's bytes, so output is the same
 * for the same input; they are made once into a cache folder that outlives
 * builds, and copied from there into each build. SVG passes through as it is
 * (validation has refused any with scripts).
 *
 * An image's entry in the cache is its files and a manifest naming each with
 * its size and SHA-256. An entry that does not verify (a file cut short or
 * missing, a manifest that does not parse) is removed, reported (`onDamaged`)
 * and made again; copies into a site are checked against the same sizes.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import Image, { type ImageStat } from "@11ty/eleventy-img";
import type { CacheDamage } from "../shared/cache-damage.ts";
import { MAX_IMAGE_PIXELS } from "../shared/limits.ts";
import { sha256 } from "../shared/sha256.ts";
import { writeFileAtomic } from "../shared/write-file.ts";

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
  /** Each file's size and SHA-256, as made: what the cache and a site's copy are checked against. */
  made: Record<string, { bytes: number; sha256: string }>;
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
    // The manifest below is the cache; eleventy-img's own would take a file cut short by a crash as made.
    useCache: false,
    // Never decode beyond what validation allows (validate/rules/images.ts), whatever a header claims.
    sharpOptions: { limitInputPixels: MAX_IMAGE_PIXELS },
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
    made: Object.fromEntries(
      formats.flat().map((s) => {
        const bytes = readFileSync(s.outputPath);
        return [basename(s.outputPath), { bytes: bytes.length, sha256: sha256(bytes) }];
      }),
    ),
  };
}

export interface MediaCacheOptions {
  /** false (`--no-cache`): make every image anew. */
  read?: boolean;
  onDamaged?: (damage: CacheDamage) => void;
}

/** Anything that changes what is made from an image: a change here must not reuse old files. */
const MEDIA_FORMAT_VERSION = JSON.stringify({ v: 2, IMAGE_WIDTHS, MEDIA_PATH, processOne: processOne.toString() });

/**
 * What was made of an image with these bytes before, if its files are all still there as made. Keyed by
 * the image's content, not its name: a renamed image is not made again, an edited one is. A damaged
 * entry is removed — its files too, or eleventy-img would take them as made — and reported.
 */
function cached(outputDir: string, key: string, onDamaged: (d: CacheDamage) => void): ProcessedImage | undefined {
  const manifest = join(outputDir, `${key}.json`);
  if (!existsSync(manifest)) return undefined;
  let image: ProcessedImage | undefined;
  try {
    image = JSON.parse(readFileSync(manifest, "utf8")) as ProcessedImage;
  } catch {
    // unreadable: dropped below
  }
  const files = image && Array.isArray(image.files) && image.made ? image.files : undefined;
  let damage: CacheDamage | undefined = files ? undefined : { file: manifest, reason: "unreadable" };
  for (const f of files ?? []) {
    if (damage) break;
    const path = join(outputDir, f);
    if (!existsSync(path)) damage = { file: path, reason: "incomplete" };
    else {
      const bytes = readFileSync(path);
      const made = image!.made[f];
      if (!made || bytes.length !== made.bytes || sha256(bytes) !== made.sha256)
        damage = { file: path, reason: "checksum" };
    }
  }
  if (!damage) return image;
  for (const f of files ?? []) rmSync(join(outputDir, basename(f)), { force: true });
  rmSync(manifest, { force: true });
  onDamaged(damage);
  return undefined;
}

/** Every image once, in a stable order; what is already in the cache folder is not made again. */
export async function processImages(
  files: Iterable<string>,
  outputDir: string,
  options: MediaCacheOptions = {},
): Promise<MediaIndex> {
  const onDamaged = options.onDamaged ?? (() => {});
  mkdirSync(outputDir, { recursive: true });
  const sorted = [...new Set(files)].sort();
  const done = new Map<string, ProcessedImage>();
  const one = async (file: string) => {
    const key = createHash("sha256").update(MEDIA_FORMAT_VERSION).update(readFileSync(file)).digest("hex").slice(0, 32);
    let image = options.read === false ? undefined : cached(outputDir, key, onDamaged);
    if (!image) {
      image = await processOne(file, outputDir);
      try {
        writeFileAtomic(join(outputDir, `${key}.json`), JSON.stringify(image));
      } catch {
        // a cache that cannot be written only makes the next build slower
      }
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

/** The made files, from the cache folder into a site folder under /bilder/; returns each copy with the size it must have. */
export function copyMedia(
  index: MediaIndex,
  cacheDir: string,
  siteDir: string,
): Array<{ path: string; bytes: number }> {
  if (index.size === 0) return [];
  const target = join(siteDir, MEDIA_PATH);
  mkdirSync(target, { recursive: true });
  const copies: Array<{ path: string; bytes: number }> = [];
  for (const image of index.values())
    for (const f of image.files) {
      copyFileSync(join(cacheDir, f), join(target, f));
      copies.push({ path: join(target, f), bytes: image.made[f]!.bytes });
    }
  return copies;
}
