/**
 * The one Markdown configuration: raw HTML off (content is data, not markup),
 * typographic quotes in Norwegian style, links checked for safe schemes.
 * Headings in a block's body are shifted to sit below the block's own heading.
 */
import MarkdownIt from "markdown-it";
import { unsafeScheme } from "../validate/url-safety.ts";

export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  md.validateLink = (url) => unsafeScheme(url) === undefined;
  // Authors write "##" or "###" as they please; the body's highest heading becomes
  // `topLevel`, the rest keep their distance from it, so a page never skips a level.
  md.core.ruler.push("relative_headings", (state) => {
    const top = Number(state.env?.topLevel ?? 0);
    const headings = state.tokens.filter((t) => t.type === "heading_open" || t.type === "heading_close");
    if (!top || headings.length === 0) return;
    const highest = Math.min(...headings.map((t) => Number(t.tag.slice(1))));
    for (const t of headings) t.tag = `h${Math.min(6, Number(t.tag.slice(1)) - highest + top)}`;
  });
  return md;
}

const md = createMarkdown();

/** Block Markdown to HTML. The body's highest heading is rendered at `topLevel`. */
export function renderMarkdown(source: string, topLevel = 2): string {
  return md.render(source, { topLevel });
}

/** Characters that can start inline Markdown or an entity; text without them needs escaping only. */
const INLINE_SYNTAX = /[*_`[\]<>&\\~!]/;

/** One line of inline Markdown to HTML, without a wrapping paragraph. */
export function renderInline(source: string): string {
  // Most lines in a report are plain text: skip the parser, escape as markdown-it would.
  if (!INLINE_SYNTAX.test(source) && !source.includes("\n")) return source.replaceAll('"', "&quot;");
  return md.renderInline(source);
}

/** Inline Markdown reduced to plain text, for titles in <title>, anchors and the table of contents. */
export function plainText(source: string): string {
  const tokens = md.parseInline(source, {});
  return tokens
    .flatMap((t) => t.children ?? [])
    .filter((t) => t.type === "text" || t.type === "code_inline")
    .map((t) => t.content)
    .join("");
}
