/** content → load → validate → model, with every problem collected. Writes nothing. */
import { loadContent } from "../load/load-content.ts";
import { buildSite, type ModelOptions } from "../model/build-site.ts";
import type { SiteModel } from "../model/types.ts";
import { hasErrors, strict, type Diagnostic } from "../validate/diagnostic.ts";
import { validateContent } from "../validate/validate-content.ts";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Present only when there are no errors. */
  model?: SiteModel;
}

export interface CheckOptions extends ModelOptions {
  /** Warnings count as errors: nothing is built while any remains. */
  strict?: boolean;
}

/** Every report is validated, drafts too; `options.drafts` decides whether drafts are in the model. */
export function check(contentDir: string, options: CheckOptions = {}): CheckResult {
  const validated = validateContent(loadContent(contentDir));
  const diagnostics = options.strict ? strict(validated.diagnostics) : validated.diagnostics;
  return validated.content && !hasErrors(diagnostics) ? { diagnostics, model: buildSite(validated.content, options) } : { diagnostics };
}
