/** Links between reports as a report page shows them: grouped by kind, each group named. */
import type { Lang, UiKey } from "../../shared/i18n/index.ts";

export interface LinkedReport {
  title: string;
  url: string;
  /** For another report: its language and date; a page elsewhere has neither. */
  lang?: Lang;
  date?: string;
  endDate?: string;
}

export interface LinkGroup {
  /** The interface string that names the link, in the report's language. */
  label: UiKey;
  links: LinkedReport[];
}
