/**
 * The one Markdown configuration: raw HTML off (content is data, not markup),
 * typographic quotes in Norwegian style, links checked for safe schemes.
 * Headings in a block's body are shifted to sit below the block's own heading.
 * The syntax beyond CommonMark is in shared/markdown-syntax.ts.
 */
import MarkdownIt from "markdown-it";
import { resolveImagePath } from "../shared/image-path.ts";
import { unsafeScheme } from "../shared/url-safety.ts";
import { markdownSyntax } from "../shared/markdown-syntax.ts";
import { tableMarkup } from "./markdown-tables.ts";
import { citationMarkup, notesMarkup } from "./markdown-notes.ts";
import { pictureHtml } from "./picture.ts";
import { perText } from "./text-context.ts";

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
  // Tables, footnotes, citations and language spans (shared/markdown-syntax.ts), and how each is shown.
  markdownSyntax(md);
  tableMarkup(md);
  notesMarkup(md);
  citationMarkup(md);
  return md;
}

/**
 * Images in Markdown are files beside the content file they are written in: the
 * renderer is told that file (`from`) and shows what the media stage made of
 * the image — srcset on the web, the print version in print.
 */
export interface MarkdownMedia {
  from?: string;
  prefix?: string;
  print?: boolean;
}

function useMediaImages(md: MarkdownIt): void {
  md.renderer.rules.image = (tokens, i, options, env: { media?: MarkdownMedia }, self) => {
    const token = tokens[i]!;
    const src = token.attrGet("src") ?? "";
    const file = env.media?.from ? resolveImagePath(env.media.from, src) : undefined;
    if (!file) return self.renderToken(tokens, i, options);
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    return pictureHtml(file, alt, {
      width: "full",
      ...(env.media?.print && { print: true }),
      ...(env.media?.prefix && { prefix: env.media.prefix }),
    });
  };
}

/**
 * Headings in a body get the anchors (and, with `numbering: true`, the numbers) the model gave them
 * for the contents, in the order they are written.
 */
function bodyHeadingAnchors(md: MarkdownIt): void {
  md.renderer.rules.heading_open = (
    tokens,
    i,
    options,
    env: { source?: string; media?: MarkdownMedia; heading?: number },
    self,
  ) => {
    const found = perText(env, "headings");
    const heading = found?.[(env.heading = (env.heading ?? -1) + 1)];
    if (!heading) return self.renderToken(tokens, i, options);
    tokens[i]!.attrSet("id", heading.anchor);
    const number = heading.number ? `<span class="heading-number">${heading.number}</span> ` : "";
    return self.renderToken(tokens, i, options) + number;
  };
}

const md = createMarkdown();
useMediaImages(md);
bodyHeadingAnchors(md);

/** Block Markdown to HTML. The body's highest heading is rendered at `topLevel`. */
export function renderMarkdown(source: string, topLevel = 2, media?: MarkdownMedia): string {
  return md.render(source, { topLevel, source, ...(media && { media }) });
}

/** Characters that can start inline Markdown or an entity; text without them needs escaping only. */
const INLINE_SYNTAX = /[*_`[\]<>&\\~!]/;

/** One line of inline Markdown to HTML, without a wrapping paragraph. */
export function renderInline(source: string): string {
  // Most lines in a report are plain text: skip the parser, escape as markdown-it would.
  if (!INLINE_SYNTAX.test(source) && !source.includes("\n")) return source.replaceAll('"', "&quot;");
  return md.renderInline(source);
}
