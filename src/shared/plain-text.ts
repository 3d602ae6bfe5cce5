/**
 * Inline Markdown reduced to plain text, for <title>, anchors, the table of
 * contents, chart labels and PDF outlines. Parses with samling's Markdown
 * syntax (shared/markdown-syntax.ts) and the renderer's link check, so the
 * text is what a reader sees, but needs none of the renderer's rules.
 */
import MarkdownIt from "markdown-it";
import { markdownSyntax } from "./markdown-syntax.ts";
import { unsafeScheme } from "./url-safety.ts";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
// A link the renderer refuses stays text as written: «[her](javascript:…)» keeps its brackets here too.
md.validateLink = (url) => unsafeScheme(url) === undefined;
markdownSyntax(md);

/** Inline Markdown reduced to plain text, for titles in <title>, anchors and the table of contents. */
export function plainText(source: string): string {
  const tokens = md.parseInline(source, {});
  return tokens
    .flatMap((t) => t.children ?? [])
    .filter((t) => t.type === "text" || t.type === "code_inline")
    .map((t) => t.content)
    .join("");
}
