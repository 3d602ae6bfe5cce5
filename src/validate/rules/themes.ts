/**
 * Themes are a controlled vocabulary: every theme an item names must be in
 * content/themes.yaml, and each theme there is defined once.
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import type { Theme } from "../../schema/themes.ts";
import { themableItems } from "../../schema/themable.ts";
import type { Diagnostic } from "../diagnostic.ts";
import { closest } from "../did-you-mean.ts";
import { allBlocks, type CheckedReport } from "../validated.ts";

export function checkThemeRefs(reports: ReadonlyArray<Pick<CheckedReport, "blocks">>, themes: readonly Theme[]): Diagnostic[] {
  const known = [...new Set(themes.map((t) => t.id))];
  const out: Diagnostic[] = [];
  for (const report of reports) {
    for (const { block, doc } of allBlocks(report.blocks)) {
      for (const item of themableItems(block)) {
        item.themes.forEach((ref, j) => {
          if (known.includes(ref)) return;
          const suggestion = closest(ref, known);
          out.push(doc.problem([...item.path, "themes", j], "ref/unknown-theme", { ref, allowed: known.join(", "), ...(suggestion && { suggestion }) }));
        });
      }
    }
  }
  return out;
}

export function checkThemeIds(themes: readonly Theme[], doc: SourceDoc): Diagnostic[] {
  const first = new Map<string, number>();
  const out: Diagnostic[] = [];
  themes.forEach((t, i) => {
    const earlier = first.get(t.id);
    if (earlier === undefined) first.set(t.id, i);
    else out.push(doc.problem(["themes", i, "id"], "ids/duplicate", { id: t.id, first: `${doc.file}:${doc.position(["themes", earlier, "id"]).line}` }));
  });
  return out;
}
