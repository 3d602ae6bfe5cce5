/**
 * Footnotes and language spans in every Markdown text of a file: a reference
 * with no note (the plugin would show «[^3]» as written), a note nothing refers
 * to, a reference in a heading (it would follow the heading into the contents,
 * bookmarks and running heads), and a span whose language is not a language tag.
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import { LANGUAGE_TAG } from "../../schema/common.ts";
import type { Diagnostic } from "../../shared/diagnostic.ts";
import { scannedTexts } from "../markdown-texts.ts";

const worth = (text: string) => text.includes("[^") || text.includes("]{");

export function checkNotes(doc: SourceDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { scan, at } of scannedTexts(doc, worth)) {
    for (const f of scan.undefinedNotes) out.push(doc.problemAt(at(f), "note/no-text", { label: f.label }));
    for (const f of scan.unusedNotes) out.push(doc.problemAt(at(f), "note/unused", { label: f.label }));
    for (const f of scan.notesInHeadings) out.push(doc.problemAt(at(f), "note/in-heading", { label: f.label }));
    for (const f of scan.spanLangs)
      if (!LANGUAGE_TAG.test(f.label)) out.push(doc.problemAt(at(f), "lang/invalid", { value: f.label }));
  }
  return out;
}
