/** content → load → validate → model, with every problem collected. Writes nothing. */
import { contentCounts, type ContentCounts } from "../load/content-counts.ts";
import { loadContent } from "../load/load-content.ts";
import { modelSite, type ModelOptions } from "../model/model-site.ts";
import type { ReportModel, SiteModel } from "../model/types.ts";
import { hasErrors, sortDiagnostics, strict, type Diagnostic } from "../shared/diagnostic.ts";
import { checkAnchorLinks } from "../validate/rules/anchor-links.ts";
import { reportId } from "../validate/rules/ids.ts";
import { validateContent } from "../validate/validate-content.ts";
import type { ValidContent, ValidReport } from "../validate/validated.ts";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Present only when there are no errors. */
  model?: SiteModel;
}

export interface CheckOptions extends ModelOptions {
  /** Warnings count as errors: nothing is built while any remains. */
  strict?: boolean;
  /** Where parsed files are kept between runs (load/parse-store.ts); none, and every file is parsed. */
  parseCacheDir?: string;
}

/** Links within a report's page, checked against the anchors the model gave it. */
function checkModelledLinks(
  content: ValidContent,
  model: SiteModel,
  memo?: WeakMap<ValidReport, Diagnostic[]>,
): Diagnostic[] {
  const byId = new Map(content.reports.map((r) => [reportId(r), r]));
  return model.reports.flatMap((r) => {
    const report = byId.get(r.id)!;
    const found = memo?.get(report) ?? checkAnchorLinks(report, r.anchors);
    memo?.set(report, found);
    return found;
  });
}

/** Reuses what an earlier check made of a report that has not changed since (`serve`). */
export interface CheckMemo {
  /** A report's model, by its validated report; the caller forgets them when the themes change. */
  models: WeakMap<ValidReport, ReportModel>;
  /** Its links within the page, checked. */
  links: WeakMap<ValidReport, Diagnostic[]>;
}

/** The model of validated content, and the checks that need it. */
export function modelChecked(
  validated: { content?: ValidContent; diagnostics: Diagnostic[] },
  options: CheckOptions = {},
  memo?: CheckMemo,
): CheckResult {
  let diagnostics = validated.diagnostics;
  let model: SiteModel | undefined;
  if (validated.content && !hasErrors(diagnostics)) {
    model = modelSite(validated.content, options, memo?.models);
    // Drafts are checked too, though a production model leaves them out.
    const hasDraftsLeftOut = !options.drafts && validated.content.reports.some((r) => r.meta.status === "draft");
    const everything = hasDraftsLeftOut
      ? modelSite(validated.content, { ...options, drafts: true }, memo?.models)
      : model;
    diagnostics = sortDiagnostics([...diagnostics, ...checkModelledLinks(validated.content, everything, memo?.links)]);
  }
  if (options.strict) diagnostics = strict(diagnostics);
  return model && !hasErrors(diagnostics) ? { diagnostics, model } : { diagnostics };
}

/** Every report is validated, drafts too, and counted; `options.drafts` decides whether drafts are in the model. */
export function checkAndCount(
  contentDir: string,
  options: CheckOptions = {},
): { result: CheckResult; counts: ContentCounts } {
  const loaded = loadContent(contentDir, options.parseCacheDir);
  return { result: modelChecked(validateContent(loaded), options), counts: contentCounts(loaded) };
}

export const check = (contentDir: string, options: CheckOptions = {}): CheckResult =>
  checkAndCount(contentDir, options).result;
