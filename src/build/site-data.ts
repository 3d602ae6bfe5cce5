/**
 * The validated site model, handed to Eleventy as global data. The CLI
 * computes it (and reports problems) before Eleventy starts; when Eleventy is
 * run on its own, the model is computed here and bad content stops the build
 * with the same report.
 */
import { check } from "./check.ts";
import type { SiteModel } from "../model/types.ts";
import { formatReport } from "../validate/format-report.ts";

let current: { contentDir: string; model: SiteModel } | undefined;

export const defaultContentDir = (): string => process.env.SAMLING_CONTENT ?? "content";

export function useSiteModel(contentDir: string, model: SiteModel): void {
  current = { contentDir, model };
}

export function siteData(contentDir = defaultContentDir()): SiteModel {
  if (current?.contentDir === contentDir) return current.model;
  const result = check(contentDir);
  if (!result.model) throw new Error(`samling: content has errors\n\n${formatReport(result.diagnostics)}`);
  useSiteModel(contentDir, result.model);
  return result.model;
}
