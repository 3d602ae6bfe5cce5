/**
 * Soft hyphens for print. Chromium on Linux does not hyphenate, and long
 * Norwegian compounds ("kommunikasjonsrådgiver") overflow narrow columns, so
 * the print layout's text gets U+00AD at the break points of the language's
 * TeX patterns. Tags, attributes and entities are left alone.
 */
import { createRequire } from "node:module";
import { escapeRegExp } from "../shared/text-patterns.ts";

type Hyphenator = {
  hyphenateSync: (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;
};

const require = createRequire(import.meta.url);
/** Patterns for a language tag's primary language; a language without patterns here is not hyphenated. */
const PATTERNS: Record<string, string> = {
  nb: "hyphen/nb",
  no: "hyphen/nb",
  nn: "hyphen/nn",
  en: "hyphen/en-gb",
  sv: "hyphen/sv",
  da: "hyphen/da",
  de: "hyphen/de",
  fr: "hyphen/fr",
  fi: "hyphen/fi",
};
const loaded = new Map<string, Hyphenator | undefined>();

function hyphenatorFor(lang: string): Hyphenator | undefined {
  const primary = lang.toLowerCase().split("-")[0]!;
  if (!loaded.has(primary))
    loaded.set(primary, PATTERNS[primary] ? (require(PATTERNS[primary]) as Hyphenator) : undefined);
  return loaded.get(primary);
}

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
const ADDRESS =
  /(?:https?:\/\/|www\.)[^\s<>]+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|\b[\w-]{1,63}(?:\.[\w-]{1,63})*\.(?:no|com|org|net|eu|gov|edu|info|io|se|dk)\b(?:\/[^\s<>]*)?/gi;

/**
 * Names and abbreviations are never broken: a word with a capital inside it («OsloMet», «NAVs») or
 * written in capitals («KS», «SSHF-styret»), and the words a site lists (site.yaml `print.keepWhole`).
 */
const NAME = /[\p{L}\d-]*\p{Ll}\p{Lu}[\p{L}\d-]*|(?<![\p{L}\d])\p{Lu}{2,}[\p{L}\d-]*/gu;

/** The site's own list of words to keep whole, as one pattern (whole words, any case). */
function keepWholePattern(words: readonly string[]): RegExp | undefined {
  const list = words.map((w) => w.trim()).filter(Boolean);
  return list.length
    ? new RegExp(`(?<![\\p{L}\\d])(?:${list.map(escapeRegExp).join("|")})(?![\\p{L}\\d])`, "giu")
    : undefined;
}

/** An address with a break opportunity after each «/» and «.» that has more after it. */
const breakable = (address: string): string => address.replace(/([/.])(?=[^/.])/g, "$1<wbr>");

/**
 * Soft hyphens in the text of `html`, by the patterns of the language each text is in: `lang`, or the
 * `lang` of the element around it («<section lang="en">»). An element marked `data-hyphens="none"` (a
 * running head, which must stay whole) is left as it is.
 */
export function hyphenateHtml(html: string, lang: string, keepWhole: readonly string[] = []): string {
  const whole = keepWholePattern(keepWhole);
  return html
    .split(SVG)
    .map((part, i) => (i % 2 === 1 ? part : hyphenateText(part, lang, whole)))
    .join("");
}

const OPEN_TAG = /^<([a-zA-Z][\w-]*)([^>]*)>$/;
const CLOSE_TAG = /^<\/([a-zA-Z][\w-]*)\s*>$/;
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

interface Scope {
  tag: string;
  lang: string;
  /** Open elements of the same name inside it, itself included: it ends when this reaches 0. */
  depth: number;
}

/** The language a tag sets for what it holds, if any: its `lang`, or "none" for `data-hyphens="none"`. */
function scopeOf(attributes: string): string | undefined {
  if (/\sdata-hyphens="none"/.test(attributes)) return "none";
  return /\slang="([^"]*)"/.exec(attributes)?.[1];
}

function hyphenateRun(text: string, lang: string, keepWhole?: RegExp): string {
  const h = lang === "none" ? undefined : hyphenatorFor(lang);
  if (!h || !/[\p{L}]{7}/u.test(text)) return text;
  const kept: string[] = [];
  const keep = (t: string) => `\u0000${kept.push(t) - 1}\u0000`;
  let marked = text.replace(ADDRESS, (a) => keep(breakable(a))).replace(LONG_RUN, keep);
  if (keepWhole) marked = marked.replace(keepWhole, keep);
  marked = marked.replace(NAME, keep);
  const done = h.hyphenateSync(marked, { hyphenChar: "\u00ad", minWordLength: MIN_WORD_LENGTH });
  return kept.length ? done.replace(/\u0000(\d+)\u0000/g, (_, n: string) => kept[Number(n)]!) : done;
}

/**
 * Hyphenates the text between tags, in the language of the element it is in; long runs and
 * addresses are set aside first and put back after (addresses with break opportunities).
 * Attributes are never touched.
 */
function hyphenateText(html: string, lang: string, keepWhole?: RegExp): string {
  const scopes: Scope[] = [];
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 0) return hyphenateRun(part, scopes.at(-1)?.lang ?? lang, keepWhole);
      const open = OPEN_TAG.exec(part);
      const top = scopes.at(-1);
      if (open && !VOID.has(open[1]!.toLowerCase()) && !part.endsWith("/>")) {
        const tag = open[1]!.toLowerCase();
        const scoped = scopeOf(open[2]!);
        if (scoped !== undefined) scopes.push({ tag, lang: scoped, depth: 1 });
        else if (top && top.tag === tag) top.depth++;
      } else {
        const close = CLOSE_TAG.exec(part);
        if (close && top && top.tag === close[1]!.toLowerCase() && --top.depth === 0) scopes.pop();
      }
      return part;
    })
    .join("");
}
