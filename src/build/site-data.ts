/**
 * The validated site model, handed to Eleventy as global data. The CLI
 * computes it (and reports problems) before Eleventy starts; when Eleventy is
 * run on its own, the model is computed here and bad content stops the build
 * with the same report.
 */
import { check } from "./check.ts";
import type { SiteModel } from "../model/types.ts";
import { formatReport } from "../validate/format-report.ts";

/**
 * Kept on globalThis rather than in a module variable: Eleventy loads the
 * config (and so this module) through its own import, which under a test
 * runner is a different module instance from the caller's.
 */
const KEY = Symbol.for("samling.site-model");
type Slot = { contentDir: string; model: SiteModel } | undefined;
const slot = globalThis as Record<symbol, Slot>;

export const defaultContentDir = (): string => process.env.SAMLING_CONTENT ?? "content";

export function useSiteModel(contentDir: string, model: SiteModel): void {
  slot[KEY] = { contentDir, model };
}

export function siteData(contentDir = defaultContentDir()): SiteModel {
  const current = slot[KEY];
  if (current?.contentDir === contentDir) return current.model;
  const result = check(contentDir);
  if (!result.model) throw new Error(`samling: content has errors\n\n${formatReport(result.diagnostics)}`);
  useSiteModel(contentDir, result.model);
  return result.model;
}
