/**
 * The validated site model, handed to Eleventy as global data. The build
 * computes it (and reports problems) before Eleventy starts and hands it over
 * here; when Eleventy is run on its own, the model is computed from
 * SAMLING_CONTENT (default content/) and bad content stops it with the same report.
 */
import type { SiteModel } from "../model/types.ts";
import { formatReport } from "../validate/format-report.ts";
import { check } from "./check.ts";
import { textContexts, useTextContexts } from "../render/text-context.ts";

/**
 * Kept on globalThis rather than in a module variable: Eleventy loads the
 * config (and so this module) through its own import, which under a test
 * runner is a different module instance from the caller's.
 */
const KEY = Symbol.for("samling.site-model");
const slot = globalThis as Record<symbol, SiteModel | undefined>;

export function useSiteModel(model: SiteModel): void {
  slot[KEY] = model;
  useTextContexts(textContexts(model.reports));
}

export function siteData(): SiteModel {
  const handedOver = slot[KEY];
  if (handedOver) return handedOver;
  const result = check(process.env.SAMLING_CONTENT ?? "content");
  if (!result.model) throw new Error(`samling: content has errors\n\n${formatReport(result.diagnostics)}`);
  useSiteModel(result.model);
  return result.model;
}
