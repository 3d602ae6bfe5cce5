/**
 * The validated site model, handed to Eleventy as global data. The build
 * computes it (and reports problems) before Eleventy starts and hands it over
 * (shared/handover.ts) with each text's context and, once printed, the PDFs;
 * when Eleventy is run on its own, the model is computed from SAMLING_CONTENT
 * (default content/) and bad content stops it with the same report.
 */
import type { SiteModel } from "../model/types.ts";
import { usePrintedPdfs } from "../render/printed-pdfs.ts";
import { textContexts, useTextContexts } from "../render/text-context.ts";
import { handOver, handoverKey, received } from "../shared/handover.ts";
import { formatReport } from "../validate/format-report.ts";
import { check } from "./check.ts";

const SITE_MODEL = handoverKey<SiteModel>("site-model");

/** Hands the model to the templates, with its texts' contexts and no PDFs yet (the print step's come with usePrintedPdfs). */
export function useSiteModel(model: SiteModel): void {
  handOver(SITE_MODEL, model);
  useTextContexts(textContexts(model.reports));
  usePrintedPdfs(new Map());
}

export function siteData(): SiteModel {
  const handedOver = received(SITE_MODEL);
  if (handedOver) return handedOver;
  const result = check(process.env.SAMLING_CONTENT ?? "content");
  if (!result.model) throw new Error(`samling: content has errors\n\n${formatReport(result.diagnostics)}`);
  useSiteModel(result.model);
  return result.model;
}
