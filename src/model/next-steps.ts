/**
 * All next steps across reports, in date order, each linked to its place in
 * its report; a step a later report marks as done shows where that was said.
 */
import { perObject } from "../shared/memo.ts";
import { listAt } from "./items.ts";
import type { BlockModel, ReportModel, StepModel } from "./types.ts";

function* stepBlocks(blocks: BlockModel[]): Generator<BlockModel & { kind: "next-steps" }> {
  for (const b of blocks) {
    if (b.kind === "next-steps") yield b;
    yield* stepBlocks(b.children);
  }
}

/** A report's next-steps blocks; kept by its blocks, which an unchanged report keeps between builds in serve. */
const stepBlocksOf = perObject((blocks: BlockModel[]) => [...stepBlocks(blocks)]);

export function collectNextSteps(reports: ReportModel[]): StepModel[] {
  const doneBy = new Map<string, StepModel["done"]>();
  for (const r of reports) {
    for (const b of stepBlocksOf(r.blocks)) {
      for (const d of b.done ?? []) doneBy.set(d.id, { report: { title: r.title, url: `${r.url}#${b.anchor}` }, ...(d.note && { note: d.note }) });
    }
  }
  const steps: StepModel[] = [];
  for (const r of reports) {
    for (const b of stepBlocksOf(r.blocks)) {
      const anchors = listAt(b.lists, "items");
      for (const [i, s] of b.items.entries()) {
        const done = s.id ? doneBy.get(s.id) : undefined;
        steps.push({
          ...(s.id && { id: s.id }),
          what: s.what,
          ...(s.when && { when: s.when }),
          ...(s.who && { who: s.who }),
          report: { title: r.title, url: r.url, lang: r.lang },
          anchor: anchors[i]?.anchor ?? b.anchor,
          ...(done && { done }),
        });
      }
    }
  }
  // Dated steps first, by date; then the undated, in archive order (the sort is stable).
  return steps.sort((a, b) => (a.when && b.when ? a.when.localeCompare(b.when) : a.when ? -1 : b.when ? 1 : 0));
}
