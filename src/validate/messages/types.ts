import type { Params } from "../../shared/diagnostic.ts";
import type { RuleId } from "../../shared/rules-catalogue.ts";

/** What happened, and — in the hint — why it matters and what to do. */
export interface RuleText {
  message: (p: Params) => string;
  hint: (p: Params) => string;
}

export type Catalogue = Record<RuleId, RuleText>;

/** Words used around diagnostics, not tied to one rule. */
export interface ReportWords {
  error: string;
  warning: string;
  summary: (errors: number, warnings: number, files: number) => string;
  /** A check with nothing to say: what it read («3 rapporter, 4 løsninger, 96 filer: ingen feil»). */
  clean: (c: { reports: number; solutions: number; files: number }) => string;
  didYouMean: (s: string) => string;
}
