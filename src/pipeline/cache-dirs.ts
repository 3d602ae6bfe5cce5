/**
 * Where samling keeps what it may make again between runs: parsed content
 * files, printed PDFs and resized images, under the site's .cache/samling/.
 * Each can be moved by an environment variable (tests and the bench use their
 * own). Deleting any of them only makes the next build slower.
 */
import { join } from "node:path";
import { siteDir } from "../shared/site-dir.ts";

const cache = (name: string): string => join(siteDir(), ".cache/samling", name);

export const defaultParseCacheDir = (): string => process.env.SAMLING_PARSE_CACHE ?? cache("parse");
export const defaultCacheDir = (): string => process.env.SAMLING_CACHE ?? cache("pdf");
export const defaultMediaCacheDir = (): string => process.env.SAMLING_MEDIA_CACHE ?? cache("media");

/**
 * What `serve` writes — stylesheets, scripts, images, its search index — one folder per port, never
 * the published output (`--out`): a preview must not empty a built site or put its drafts in its search.
 */
export const defaultServeDir = (port: number): string => process.env.SAMLING_SERVE_DIR ?? cache(`serve-${port}`);

/** The templates a site renders with when it replaces some of samling's (pipeline/layouts.ts). */
export const mergedLayoutsRoot = (): string => cache("layouts");
