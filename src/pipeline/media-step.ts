/**
 * From the site model to published images: every image the reports show is
 * made (or taken from the cache) once, handed to the renderer, and copied into
 * each folder a build writes pages to.
 */
import { copyMedia, processImages, type MediaCacheOptions, type MediaIndex } from "../media/images.ts";
import type { SiteModel } from "../model/types.ts";
import { useMedia } from "../render/picture.ts";
import { defaultMediaCacheDir } from "./cache-dirs.ts";

export async function prepareMedia(
  model: SiteModel,
  cacheDir = defaultMediaCacheDir(),
  cache: MediaCacheOptions = {},
): Promise<(siteDir: string) => Array<{ path: string; bytes: number }>> {
  const index: MediaIndex = await processImages(
    model.reports.flatMap((r) => r.images),
    cacheDir,
    cache,
  );
  useMedia(index);
  return (siteDir) => copyMedia(index, cacheDir, siteDir);
}
