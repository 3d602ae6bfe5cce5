/**
 * Citations in Markdown, in Pandoc's syntax: `[@moland2013]`, `[@moland2013, s. 12]`,
 * `[se @a; @b, kap. 3]`, `[-@a]` (the year only, when the text names the author).
 * A bracket is a citation when an `@key` in it starts the bracket or follows a
 * space, `;` or `-` — so «[post@kommune.no]» is not one. Used by the checks (which
 * keys are cited, and where), the model (what to format) and the renderer.
 */
import type MarkdownIt from "markdown-it";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";

export interface CitedItem {
  key: string;
  /** Text before the key: «se». */
  prefix?: string;
  /** A page or other locator: «12», «4–5». */
  locator?: string;
  /** CSL's name for what the locator counts: page, chapter, section… */
  label?: string;
  /** Text after the key that is not a locator. */
  suffix?: string;
  /** `-@key`: the author is named in the text already. */
  suppressAuthor?: boolean;
}

/** Keys: a letter, digit or underscore first, then also the punctuation BibTeX keys use inside. */
const KEY = /(^|[\s;\-])(-?)@([\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?)?/u;
const KEY_ALL = new RegExp(KEY.source, "gu");

/** Locator words authors write, in nb/nn/en, and the CSL label each means. */
const LOCATORS: Array<[RegExp, string]> = [
  [/^(s|side|sidene|sider|p|pp|page|pages)\.?\s+/i, "page"],
  [/^(kap|kapittel|chap|chapter)\.?\s+/i, "chapter"],
  [/^(avsn|avsnitt|sec|section|§)\.?\s*/i, "section"],
  [/^(tab|tabell|table)\.?\s+/i, "table"],
  [/^(fig|figur|figure)\.?\s+/i, "figure"],
];

function locatorOf(text: string): Pick<CitedItem, "locator" | "label" | "suffix"> {
  const trimmed = text.replace(/^,\s*/, "").trim();
  if (!trimmed) return {};
  for (const [word, label] of LOCATORS) {
    const m = word.exec(trimmed);
    if (m) return { label, locator: trimmed.slice(m[0].length).trim() };
  }
  // A bare number after a comma is a page: [@a, 12]
  if (/^\d[\d–\-, ]*$/.test(trimmed)) return { label: "page", locator: trimmed };
  return { suffix: trimmed };
}

/** The items of a citation's inside (without brackets), or undefined when it is not a citation. */
export function parseCitation(inside: string): CitedItem[] | undefined {
  if (!KEY.test(inside)) return undefined;
  const items: CitedItem[] = [];
  for (const part of inside.split(";")) {
    const m = KEY.exec(part);
    if (!m || m[3] === undefined) return undefined;
    const prefix = part.slice(0, m.index + m[1]!.length).trim();
    const rest = part.slice(m.index + m[0].length);
    items.push({ key: m[3], ...(prefix && { prefix }), ...(m[2] && { suppressAuthor: true }), ...locatorOf(rest) });
  }
  return items;
}

/** Every key a text cites, with the citation's text as written — for the checks. */
export function* citedKeys(text: string): Generator<{ key: string; citation: string }> {
  for (const m of text.matchAll(/\[([^[\]]*)\](?!\(|:)/g)) {
    if (!parseCitation(m[1]!)) continue;
    for (const k of m[1]!.matchAll(KEY_ALL)) if (k[3]) yield { key: k[3], citation: m[0] };
  }
}

/** The markdown-it rule: a `citation` token whose meta holds the items and the text as written. */
export function citationSyntax(md: MarkdownIt): void {
  md.inline.ruler.before("link", "citation", (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
    const end = state.src.indexOf("]", state.pos);
    if (end < 0) return false;
    const inside = state.src.slice(state.pos + 1, end).replace(/\s+/g, " ");
    // A link's text ([tekst](url)) or a reference ([x]: url) is never a citation.
    const next = state.src.charAt(end + 1);
    if (inside.includes("[") || next === "(" || next === ":") return false;
    const items = parseCitation(inside);
    if (!items) return false;
    if (!silent) {
      const token = state.push("citation", "", 0);
      token.meta = { items, source: `[${inside}]` };
    }
    state.pos = end + 1;
    return true;
  });
}
