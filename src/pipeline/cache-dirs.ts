/**
 * Where samling keeps what it may make again between runs: parsed content
 * files, printed PDFs and resized images, under .cache/samling/. Each can be
 * moved by an environment variable (tests and the bench use their own).
 * Deleting any of them only makes the next build slower.
 */
import { join } from "node:path";
import { projectDir } from "../shared/project-dir.ts";

export const defaultParseCacheDir = (): string =>
  process.env.SAMLING_PARSE_CACHE ?? join(projectDir, ".cache/samling/parse");
export const defaultCacheDir = (): string => process.env.SAMLING_CACHE ?? join(projectDir, ".cache/samling/pdf");
export const defaultMediaCacheDir = (): string =>
  process.env.SAMLING_MEDIA_CACHE ?? join(projectDir, ".cache/samling/media");

/**
 * What `serve` writes — stylesheets, scripts, images, its search index — one folder per port, never
 * the published output (`--out`): a preview must not empty a built site or put its drafts in its search.
 */
export const defaultServeDir = (port: number): string =>
  process.env.SAMLING_SERVE_DIR ?? join(projectDir, `.cache/samling/serve-${port}`);
