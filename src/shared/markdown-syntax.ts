/**
 * What Markdown means in samling, for the renderer and for the checks alike
 * (validate/markdown-scan.ts parses with the same syntax, so a check sees what
 * the reader will): pipe tables with spans and captions, footnotes (`[^1]` and
 * `[^1]: …`), citations (`[@key, s. 12]`) and spans in another language
 * (`[shared decision-making]{lang=en}`).
 */
import type { default as MarkdownIt, PluginSimple, PluginWithOptions } from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import footnote from "markdown-it-footnote";
import bracketedSpans from "markdown-it-bracketed-spans";
import multimdTable from "markdown-it-multimd-table";
import { citationSyntax } from "./citation-syntax.ts";

/** `{lang=en}` right after a bracketed span; anything else in braces stays text as written. */
const LANG_ATTR = /^\{lang=("?)([^\s"}]*)\1\}/;

/** The language a span says it is in: the `{lang=…}` text after `[…]` moves onto the span. */
function spanLanguage(md: MarkdownIt): void {
  md.core.ruler.push("span_lang", (state) => {
    for (const block of state.tokens) {
      const children = block.type === "inline" ? block.children : null;
      if (!children) continue;
      let open: Token | undefined;
      children.forEach((t, i) => {
        if (t.type === "span_open") open = t;
        if (t.type !== "span_close" || !open) return;
        const next = children[i + 1];
        const m = next?.type === "text" ? LANG_ATTR.exec(next.content) : null;
        if (m && next) {
          open.attrSet("lang", m[2]!);
          next.content = next.content.slice(m[0].length);
        } else {
          // Not a language span: show the brackets as the author wrote them.
          open.type = "text";
          open.content = "[";
          open.nesting = 0;
          t.type = "text";
          t.content = "]";
          t.nesting = 0;
        }
        open = undefined;
      });
    }
  });
}

export function markdownSyntax(md: MarkdownIt): void {
  // CommonJS modules typed as ES default exports: each import is the plugin function itself.
  md.use(multimdTable as unknown as PluginWithOptions<object>, {
    multiline: true,
    rowspan: true,
    headerless: false,
    multibody: true,
    autolabel: false,
  });
  md.use(footnote as unknown as PluginSimple);
  citationSyntax(md);
  md.use(bracketedSpans as unknown as PluginSimple);
  spanLanguage(md);
}
