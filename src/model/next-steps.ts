/**
 * All next steps across reports, each linked to its place in its report, with
 * where it stands: its own status, or what the latest later report said of it
 * (`updates`, or `done`, which means gjennomført). The page groups them by
 * status, then by due date, the undated last, under «uten frist».
 */
import type { UiStrings } from "../shared/i18n/index.ts";
import { perObject } from "../shared/memo.ts";
import { listAt } from "./items.ts";
import type { BlockModel, ReportModel, StepGroup, StepModel, StepStatus } from "./types.ts";

function* stepBlocks(blocks: BlockModel[]): Generator<BlockModel & { kind: "next-steps" }> {
  for (const b of blocks) {
    if (b.kind === "next-steps") yield b;
    yield* stepBlocks(b.children);
  }
}

/** A report's next-steps blocks; kept by its blocks, which an unchanged report keeps between builds in serve. */
const stepBlocksOf = perObject((blocks: BlockModel[]) => [...stepBlocks(blocks)]);

/** The interface string that names each status. */
export const STATUS_LABEL: Record<StepStatus, keyof UiStrings> = {
  planlagt: "stepPlanned",
  pågår: "stepOngoing",
  gjennomført: "stepCompleted",
  droppet: "stepDropped",
};

/** Steps still to be done: these can be overdue. */
const OPEN: ReadonlySet<StepStatus> = new Set(["planlagt", "pågår"]);

/** Ongoing first, then planned, then what is settled. */
const GROUP_ORDER: StepStatus[] = ["pågår", "planlagt", "gjennomført", "droppet"];

/** What later reports said of each step, by its id: the latest report's word counts (reports come newest first). */
function statusChanges(reports: readonly ReportModel[]): Map<string, NonNullable<StepModel["changed"]>> {
  const changes = new Map<string, NonNullable<StepModel["changed"]>>();
  for (const r of [...reports].reverse()) {
    for (const b of stepBlocksOf(r.blocks)) {
      const by = { title: r.title, url: `${r.url}#${b.anchor}` };
      for (const d of b.done ?? [])
        changes.set(d.id, { status: "gjennomført", report: by, ...(d.note && { note: d.note }) });
      for (const u of b.updates ?? [])
        changes.set(u.id, { status: u.status, report: by, ...(u.note && { note: u.note }) });
    }
  }
  return changes;
}

/** `asOf`: the day a step's due date is compared with (YYYY-MM-DD). */
export function collectNextSteps(reports: ReportModel[], asOf: string): StepModel[] {
  const changes = statusChanges(reports);
  const steps: StepModel[] = [];
  for (const r of reports) {
    for (const b of stepBlocksOf(r.blocks)) {
      const anchors = listAt(b.lists, "items");
      for (const [i, s] of b.items.entries()) {
        const changed = s.id ? changes.get(s.id) : undefined;
        const status = changed?.status ?? s.status ?? "planlagt";
        steps.push({
          ...(s.id && { id: s.id }),
          what: s.what,
          ...(s.when && { when: s.when }),
          ...(s.who && { who: s.who }),
          status,
          statusLabel: STATUS_LABEL[status],
          overdue: Boolean(s.when && s.when < asOf && OPEN.has(status)),
          report: { title: r.title, url: r.url, lang: r.lang, ...(r.date && { year: r.date.slice(0, 4) }) },
          anchor: anchors[i]?.anchor ?? b.anchor,
          ...(changed && { changed }),
        });
      }
    }
  }
  // Dated steps first, by date; then the undated, in archive order (the sort is stable).
  return steps.sort((a, b) => (a.when && b.when ? a.when.localeCompare(b.when) : a.when ? -1 : b.when ? 1 : 0));
}

/** The steps by status, each group's dated steps by due date and then the undated ones. */
export function groupNextSteps(steps: readonly StepModel[], ui: UiStrings): StepGroup[] {
  return GROUP_ORDER.map((status) => {
    const mine = steps.filter((s) => s.status === status);
    return {
      status,
      label: ui[STATUS_LABEL[status]],
      dated: mine.filter((s) => s.when),
      undated: mine.filter((s) => !s.when),
    };
  }).filter((g) => g.dated.length + g.undated.length > 0);
}

/** Today, or the day SOURCE_DATE_EPOCH names (reproducible builds), as YYYY-MM-DD. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now())
    .toISOString()
    .slice(0, 10);
}
