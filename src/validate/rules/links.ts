/**
 * Every text field may hold Markdown, and Markdown may hold links. A link with
 * a script-bearing scheme is refused here, with its position, rather than
 * silently dropped by the renderer.
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import { linkTargets } from "../../render/markdown.ts";
import type { Diagnostic } from "../diagnostic.ts";
import { textValues } from "../text-values.ts";
import { unsafeScheme } from "../url-safety.ts";

/** Checked on every parsed file, whether or not it passed the schema, so no unsafe link hides behind another error. */
export function checkLinks(doc: SourceDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [text, path] of textValues(doc.data)) {
    for (const { href } of linkTargets(text)) {
      const scheme = unsafeScheme(href);
      if (scheme) out.push(doc.problem(path, "link/unsafe-scheme", { url: href, scheme }));
    }
  }
  if (doc.body) {
    const lines = doc.body.text.split("\n");
    for (const { href, line } of linkTargets(doc.body.text)) {
      const scheme = unsafeScheme(href);
      if (!scheme) continue;
      const column = Math.max(0, (lines[line] ?? "").indexOf(href)) + 1;
      out.push(doc.problemAt({ line: doc.body.line + line, column }, "link/unsafe-scheme", { url: href, scheme }));
    }
  }
  return out;
}
