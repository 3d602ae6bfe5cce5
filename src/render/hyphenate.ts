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
 * take seconds over them, and breaking them with hyphens helps no reader.
 */
const MAX_WORD_LENGTH = 80;
const LONG_RUN = new RegExp(`[^\\s<>]{${MAX_WORD_LENGTH + 1},}`, "g");

/** Web and e-mail addresses in text: never hyphenated («gausdal.kommu-ne.no» is a defect), they may break after «/» and «.». */
// Parts are bounded as addresses are (64 letters before @, 63 per label), so a long run of letters is scanned in linear time.
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>]+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|\b[\w-]{1,63}(?:\.[\w-]{1,63})*\.(?:no|com|org|net|eu|gov|edu|info|io|se|dk)\b(?:\/[^\s<>]*)?/gi;

/** An address with a break opportunity after each «/» and «.» that has more after it. */
const breakable = (address: string): string => address.replace(/([/.])(?=[^/.])/g, "$1<wbr>");

export function hyphenateHtml(html: string, lang: Lang): string {
  let hyphenator = loaded.get(lang);
  if (!hyphenator) loaded.set(lang, (hyphenator = require(PATTERNS[lang]) as Hyphenator));
  const h = hyphenator;
  return html
    .split(SVG)
    .map((part, i) => (i % 2 === 1 ? part : hyphenateText(part, h)))
    .join("");
}

/**
 * Hyphenates the text between tags, except long runs and addresses, which are set aside first and put
 * back after (addresses with break opportunities). Attributes are never touched.
 */
function hyphenateText(html: string, h: Hyphenator): string {
  const kept: string[] = [];
  const keep = (text: string) => `\u0000${kept.push(text) - 1}\u0000`;
  const marked = html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(ADDRESS, (a) => keep(breakable(a))).replace(LONG_RUN, keep)))
    .join("");
  const done = h.hyphenateHTMLSync(marked, { hyphenChar: "\u00ad", minWordLength: MIN_WORD_LENGTH });
  return kept.length ? done.replace(/\u0000(\d+)\u0000/g, (_, n: string) => kept[Number(n)]!) : done;
}
