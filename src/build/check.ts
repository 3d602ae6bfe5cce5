/** content → load → validate → model, with every problem collected. Writes nothing. */
import { loadContent } from "../load/load-content.ts";
import { buildSite, type ModelOptions } from "../model/build-site.ts";
import type { SiteModel } from "../model/types.ts";
import { hasErrors, sortDiagnostics, strict, type Diagnostic } from "../validate/diagnostic.ts";
import { checkAnchorLinks } from "../validate/rules/anchor-links.ts";
import { reportId } from "../validate/rules/ids.ts";
import { validateContent } from "../validate/validate-content.ts";
import type { ValidContent } from "../validate/validated.ts";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Present only when there are no errors. */
  model?: SiteModel;
}

export interface CheckOptions extends ModelOptions {
  /** Warnings count as errors: nothing is built while any remains. */
  strict?: boolean;
}

/** Links within a report's page, checked against the anchors the model gave it. */
function checkModelledLinks(content: ValidContent, model: SiteModel): Diagnostic[] {
  const byId = new Map(content.reports.map((r) => [reportId(r), r]));
  return model.reports.flatMap((r) => checkAnchorLinks(byId.get(r.id)!, r.anchors));
}

/** Every report is validated, drafts too; `options.drafts` decides whether drafts are in the model. */
export function check(contentDir: string, options: CheckOptions = {}): CheckResult {
  const validated = validateContent(loadContent(contentDir));
  let diagnostics = validated.diagnostics;
  let model: SiteModel | undefined;
  if (validated.content && !hasErrors(diagnostics)) {
    model = buildSite(validated.content, options);
    // Drafts are checked too, though a production model leaves them out.
    const hasDraftsLeftOut = !options.drafts && validated.content.reports.some((r) => r.meta.status === "draft");
    const everything = hasDraftsLeftOut ? buildSite(validated.content, { ...options, drafts: true }) : model;
    diagnostics = sortDiagnostics([...diagnostics, ...checkModelledLinks(validated.content, everything)]);
  }
  if (options.strict) diagnostics = strict(diagnostics);
  return model && !hasErrors(diagnostics) ? { diagnostics, model } : { diagnostics };
}
