/** One entry of the Atom feed. */

import type { Lang } from "../../shared/i18n/index.ts";

export interface FeedEntry {
  title: string;
  url: string;
  /** YYYY-MM-DD, or none for an undated report. */
  updated?: string;
  author: string;
  summary?: string;
  lang: Lang;
}
