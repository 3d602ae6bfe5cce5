/**
 * Themes are a controlled vocabulary: every theme an item names must be in
 * content/themes.yaml, and each theme there is defined once.
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import type { Theme } from "../../schema/themes.ts";
import type { Diagnostic } from "../../shared/diagnostic.ts";
import { closest } from "../did-you-mean.ts";
import { itemRefs, type ItemRef } from "../item-refs.ts";
import type { CheckedReport } from "../validated.ts";

function unknownThemes(refs: Iterable<ItemRef>, themes: readonly Theme[]): Diagnostic[] {
  const known = [...new Set(themes.map((t) => t.id))];
  const knownSet = new Set(known);
  const out: Diagnostic[] = [];
  for (const { ref, doc, path } of refs) {
    if (knownSet.has(ref)) continue;
    const suggestion = closest(ref, known);
    out.push(
      doc.problem(path, "ref/unknown-theme", { ref, allowed: known.join(", "), ...(suggestion && { suggestion }) }),
    );
  }
  return out;
}

export const checkThemeRefs = (
  reports: ReadonlyArray<Pick<CheckedReport, "blocks">>,
  themes: readonly Theme[],
): Diagnostic[] =>
  unknownThemes(
    reports.flatMap((r) => itemRefs(r.blocks).themes),
    themes,
  );

/** A solution's own themes (content/losninger/<id>.yaml, `themes:`). */
export const checkSolutionThemes = (
  solutions: ReadonlyArray<{ solution: { themes?: string[] | undefined }; doc: SourceDoc }>,
  themes: readonly Theme[],
): Diagnostic[] =>
  unknownThemes(
    solutions.flatMap(({ solution, doc }) =>
      (solution.themes ?? []).map((ref, j) => ({ ref, doc, path: ["themes", j] })),
    ),
    themes,
  );

export function checkThemeIds(themes: readonly Theme[], doc: SourceDoc): Diagnostic[] {
  const first = new Map<string, number>();
  const out: Diagnostic[] = [];
  themes.forEach((t, i) => {
    const earlier = first.get(t.id);
    if (earlier === undefined) first.set(t.id, i);
    else
      out.push(
        doc.problem(["themes", i, "id"], "ids/duplicate", {
          id: t.id,
          first: `${doc.file}:${doc.position(["themes", earlier, "id"]).line}`,
        }),
      );
  });
  return out;
}
