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

/** SVG text never wraps, and its title and description become alternative text: leave it alone. */
const SVG = /(<svg[\s\S]*?<\/svg>)/;

/**
 * Runs of letters longer than this are no words (a pasted address, data, a hash): the patterns would
 * take seconds over them, and breaking them with hyphens helps no reader. They are split by CSS instead.
 */
const MAX_WORD_LENGTH = 80;
const LONG_RUN = new RegExp(`[^\\s<>]{${MAX_WORD_LENGTH + 1},}`, "g");

export function hyphenateHtml(html: string, lang: Lang): string {
  let hyphenator = loaded.get(lang);
  if (!hyphenator) loaded.set(lang, (hyphenator = require(PATTERNS[lang]) as Hyphenator));
  const h = hyphenator;
  return html
    .split(SVG)
    .map((part, i) => (i % 2 === 1 ? part : hyphenateText(part, h)))
    .join("");
}

/** Hyphenates everything but the long runs, which are kept as they are. */
function hyphenateText(html: string, h: Hyphenator): string {
  const runs: string[] = [];
  const marked = html.replace(LONG_RUN, (run) => `\u0000${runs.push(run) - 1}\u0000`);
  const done = h.hyphenateHTMLSync(marked, { hyphenChar: "\u00ad", minWordLength: MIN_WORD_LENGTH });
  return runs.length ? done.replace(/\u0000(\d+)\u0000/g, (_, n: string) => runs[Number(n)]!) : done;
}
