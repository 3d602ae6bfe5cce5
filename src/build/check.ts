/** content → load → validate → model, with every problem collected. Writes nothing. */
import { loadContent } from "../load/load-content.ts";
import { buildSite, type ModelOptions } from "../model/build-site.ts";
import type { SiteModel } from "../model/types.ts";
import type { Diagnostic } from "../validate/diagnostic.ts";
import { validateContent } from "../validate/validate-content.ts";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Present only when there are no errors. */
  model?: SiteModel;
}

/** Every report is validated, drafts too; `options.drafts` decides whether drafts are in the model. */
export function check(contentDir: string, options: ModelOptions = {}): CheckResult {
  const { content, diagnostics } = validateContent(loadContent(contentDir));
  return content ? { diagnostics, model: buildSite(content, options) } : { diagnostics };
}
