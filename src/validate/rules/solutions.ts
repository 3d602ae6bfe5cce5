/**
 * Solutions (content/losninger/<id>.yaml): each file's name is its id, and every
 * `solution:` an item or block names must be one of them.
 */
import { basename } from "node:path";
import type { SourceDoc } from "../../load/source-doc.ts";
import { id as idSchema } from "../../schema/common.ts";
import { diagnostic, type Diagnostic } from "../../shared/diagnostic.ts";
import { slugify } from "../../shared/slug.ts";
import { closest } from "../did-you-mean.ts";
import { itemRefs } from "../item-refs.ts";
import type { CheckedReport } from "../validated.ts";

/** A solution's id: its file's name without .yaml/.yml. */
export const solutionIdOf = (doc: SourceDoc): string => basename(doc.file).replace(/\.ya?ml$/i, "");

/** A file whose name cannot be an id (capitals, spaces, a leading digit) is named, with a name that would do. */
export function checkSolutionFileName(doc: SourceDoc): Diagnostic[] {
  const id = solutionIdOf(doc);
  // The same rule as every other id: the schema's.
  if (idSchema.safeParse(id).success) return [];
  const slug = slugify(id);
  return [
    diagnostic(doc.file, undefined, "solution/file-name", {
      name: basename(doc.file),
      suggestion: /^[a-z]/.test(slug) ? slug : `l-${slug}`,
    }),
  ];
}

/** `known`: every solution file's id, broken files too — a mention of a file with a typo in it is not unknown. */
export function checkSolutionRefs(
  reports: ReadonlyArray<Pick<CheckedReport, "blocks">>,
  known: readonly string[],
): Diagnostic[] {
  const knownSet = new Set(known);
  const out: Diagnostic[] = [];
  for (const report of reports) {
    for (const { ref, doc, path } of itemRefs(report.blocks).solutions) {
      if (knownSet.has(ref)) continue;
      const suggestion = closest(ref, known);
      out.push(
        doc.problem(path, "ref/unknown-solution", {
          ref,
          allowed: known.slice(0, 12).join(", ") + (known.length > 12 ? " …" : ""),
          ...(suggestion && { suggestion }),
        }),
      );
    }
  }
  return out;
}
