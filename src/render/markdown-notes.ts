/**
 * Footnotes and citations as HTML. A footnote reference is a superscript link
 * named «Fotnote 3»; the notes follow their text as a numbered list with links
 * back. Notes are numbered through the report (the model says where each text
 * starts), so the web and the PDF — where Paged.js moves each note to the foot
 * of its page (assets/js/print-text.js) — number them alike. A citation is
 * shown as the report's citation style writes it, linked to its entry in the
 * references list when it cites one work.
 */
import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { CitedItem } from "../shared/citation-syntax.ts";
import { nb } from "../shared/i18n/nb.ts";
import { escapeHtml } from "./html.ts";
import { perText, textContextOf, type TextEnv } from "./text-context.ts";

export type NotesEnv = TextEnv;

const contextOf = (env: NotesEnv) => textContextOf(env.media?.from);

/** The number a note is shown with: its place in the text plus where the text's notes start. */
function noteNumber(token: Token, env: NotesEnv): number {
  const start = perText(env, "noteStarts") ?? 1;
  return start + Number(token.meta.id);
}

const refId = (token: Token, n: number) => `fnref-${n}${token.meta.subId > 0 ? `-${token.meta.subId}` : ""}`;

export function notesMarkup(md: MarkdownIt): void {
  const rules = md.renderer.rules;
  rules.footnote_ref = (tokens, idx, _options, env: NotesEnv) => {
    const t = tokens[idx]!;
    const n = noteNumber(t, env);
    const word = (contextOf(env)?.ui ?? nb).footnote;
    return `<sup class="fn-ref"><a href="#fn-${n}" id="${refId(t, n)}" aria-label="${word} ${n}" data-note="${n}">${n}</a></sup>`;
  };
  rules.footnote_block_open = (tokens, idx, _options, env: NotesEnv) => {
    const first = tokens.slice(idx).find((t) => t.type === "footnote_open");
    const start = first ? noteNumber(first, env) : 1;
    const label = (contextOf(env)?.ui ?? nb).footnotes;
    return `<div class="footnotes" role="note" aria-label="${label}"><ol class="footnotes__list"${start > 1 ? ` start="${start}"` : ""}>\n`;
  };
  rules.footnote_block_close = () => "</ol></div>\n";
  rules.footnote_open = (tokens, idx, _options, env: NotesEnv) =>
    `<li id="fn-${noteNumber(tokens[idx]!, env)}" class="footnotes__item">`;
  rules.footnote_close = () => "</li>\n";
  rules.footnote_anchor = (tokens, idx, _options, env: NotesEnv) => {
    const t = tokens[idx]!;
    const n = noteNumber(t, env);
    const back = (contextOf(env)?.ui ?? nb).footnoteBack;
    // ↩ with U+FE0E: shown as text, not as an emoji, on phones.
    return ` <a href="#${refId(t, n)}" class="footnotes__back" aria-label="${back} ${n}">\u21a9\ufe0e</a>`;
  };
}

export function citationMarkup(md: MarkdownIt): void {
  md.renderer.rules.citation = (tokens, idx, _options, env: NotesEnv) => {
    const { items, source } = tokens[idx]!.meta as { items: CitedItem[]; source: string };
    const context = contextOf(env);
    const html = context?.citations.get(source);
    // Without a bibliography (a page outside a report) the citation shows as written.
    if (html === undefined) return escapeHtml(source);
    const anchor = items.length === 1 ? context?.referenceAnchors.get(items[0]!.key) : undefined;
    return anchor ? `<a class="citation" href="#${anchor}">${html}</a>` : `<span class="citation">${html}</span>`;
  };
}
