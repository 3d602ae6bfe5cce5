/** content → load → validate → model, with every problem collected. Writes nothing. */
import { loadContent } from "../load/load-content.ts";
import { buildSite } from "../model/build-site.ts";
import type { SiteModel } from "../model/types.ts";
import type { Diagnostic } from "../validate/diagnostic.ts";
import { validateContent } from "../validate/validate-content.ts";

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Present only when there are no errors. */
  model?: SiteModel;
}

export function check(contentDir: string): CheckResult {
  const { content, diagnostics } = validateContent(loadContent(contentDir));
  return content ? { diagnostics, model: buildSite(content) } : { diagnostics };
}
