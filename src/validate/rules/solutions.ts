/**
 * Solutions (content/losninger/<id>.yaml): each file's name is its id, and every
 * `solution:` an item or block names must be one of them.
 */
import { basename } from "node:path";
import type { SourceDoc } from "../../load/source-doc.ts";
import { themableItems } from "../../schema/themable.ts";
import { diagnostic, type Diagnostic } from "../../shared/diagnostic.ts";
import { perObject } from "../../shared/memo.ts";
import { slugify } from "../../shared/slug.ts";
import { closest } from "../did-you-mean.ts";
import { allBlocks, type CheckedReport } from "../validated.ts";

const ID_SHAPE = /^\p{Ll}[\p{Ll}\p{N}-]*$/u;

/** A solution's id: its file's name without .yaml/.yml. */
export const solutionIdOf = (doc: SourceDoc): string => basename(doc.file).replace(/\.ya?ml$/i, "");

/** A file whose name cannot be an id (capitals, spaces, a leading digit) is named, with a name that would do. */
export function checkSolutionFileName(doc: SourceDoc): Diagnostic[] {
  const id = solutionIdOf(doc);
  if (ID_SHAPE.test(id)) return [];
  const slug = slugify(id);
  return [diagnostic(doc.file, undefined, "solution/file-name", { name: basename(doc.file), suggestion: /^[a-z]/.test(slug) ? slug : `l-${slug}` })];
}

/** Every solution a report's items and blocks name, with where. */
const solutionRefs = perObject((blocks: CheckedReport["blocks"]) => {
  const refs: Array<{ ref: string; doc: SourceDoc; path: Array<string | number> }> = [];
  for (const { block, doc } of allBlocks(blocks)) {
    for (const item of themableItems(block)) if (item.solution) refs.push({ ref: item.solution, doc, path: [...item.path, "solution"] });
  }
  return refs;
});

/** `known`: every solution file's id, broken files too — a mention of a file with a typo in it is not unknown. */
export function checkSolutionRefs(reports: ReadonlyArray<Pick<CheckedReport, "blocks">>, known: readonly string[]): Diagnostic[] {
  const knownSet = new Set(known);
  const out: Diagnostic[] = [];
  for (const report of reports) {
    for (const { ref, doc, path } of solutionRefs(report.blocks)) {
      if (knownSet.has(ref)) continue;
      const suggestion = closest(ref, known);
      out.push(doc.problem(path, "ref/unknown-solution", { ref, allowed: known.slice(0, 12).join(", ") + (known.length > 12 ? " …" : ""), ...(suggestion && { suggestion }) }));
    }
  }
  return out;
}
