/**
 * Soft hyphens for print. Chromium on Linux does not hyphenate, and long
 * Norwegian compounds ("kommunikasjonsrådgiver") overflow narrow columns, so
 * the print layout's text gets U+00AD at the break points of the language's
 * TeX patterns. Tags, attributes and entities are left alone.
 */
import { createRequire } from "node:module";
import type { Lang } from "./i18n/index.ts";

type Hyphenator = { hyphenateHTMLSync: (html: string, options?: { hyphenChar?: string; minWordLength?: number }) => string };

const require = createRequire(import.meta.url);
const PATTERNS: Record<Lang, string> = { nb: "hyphen/nb", nn: "hyphen/nn", en: "hyphen/en-gb" };
const loaded = new Map<Lang, Hyphenator>();

/** Words shorter than this are never broken. */
const MIN_WORD_LENGTH = 7;

export function hyphenateHtml(html: string, lang: Lang): string {
  let hyphenator = loaded.get(lang);
  if (!hyphenator) loaded.set(lang, (hyphenator = require(PATTERNS[lang]) as Hyphenator));
  return hyphenator.hyphenateHTMLSync(html, { hyphenChar: "\u00ad", minWordLength: MIN_WORD_LENGTH });
}
