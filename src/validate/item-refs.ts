/**
 * What a report's items and blocks refer to across the site — themes and
 * solutions — each with where it is written; one walk for both checks, kept per
 * (unchanged) report so `serve` does not walk it again.
 */
import type { SourceDoc } from "../load/source-doc.ts";
import { themableItems } from "../schema/themable.ts";
import { perObject } from "../shared/memo.ts";
import { allBlocks, type CheckedReport } from "./validated.ts";

export interface ItemRef {
  ref: string;
  doc: SourceDoc;
  path: Array<string | number>;
}

export const itemRefs = perObject((blocks: CheckedReport["blocks"]) => {
  const themes: ItemRef[] = [];
  const solutions: ItemRef[] = [];
  for (const { block, doc } of allBlocks(blocks)) {
    for (const item of themableItems(block)) {
      item.themes.forEach((ref, j) => themes.push({ ref, doc, path: [...item.path, "themes", j] }));
      if (item.solution) solutions.push({ ref: item.solution, doc, path: [...item.path, "solution"] });
    }
  }
  return { themes, solutions };
});
