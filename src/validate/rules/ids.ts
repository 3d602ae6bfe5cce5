/**
 * Ids become anchors (#id) and addresses, so they must be unique: block,
 * question and item ids (findings, next steps …) within a report, report ids and next-step ids
 * (which later reports refer to) across the site. References must resolve.
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import type { Diagnostic } from "../../shared/diagnostic.ts";
import { themableItems } from "../../schema/themable.ts";
import { closest } from "../did-you-mean.ts";
import { allBlocks, type CheckedReport } from "../validated.ts";
import { perObject } from "../../shared/memo.ts";

interface IdUse {
  id: string;
  doc: SourceDoc;
  path: (string | number)[];
}

export const reportId = (r: CheckedReport): string => r.meta?.id ?? r.folder;

/** Every id an author wrote in a report: blocks, questions, items. The model reserves them as anchors. */
export const idsInReport = perObject((report: Pick<CheckedReport, "blocks">): readonly IdUse[] => {
  const uses: IdUse[] = [];
  for (const { block, doc } of allBlocks(report.blocks)) {
    if (block.id) uses.push({ id: block.id, doc, path: ["id"] });
    if (block.kind === "questions")
      block.items.forEach((item, i) => item.id && uses.push({ id: item.id, doc, path: ["items", i, "id"] }));
    for (const item of themableItems(block)) if (item.id) uses.push({ id: item.id, doc, path: [...item.path, "id"] });
  }
  return uses;
});

function duplicates(uses: readonly IdUse[]): Diagnostic[] {
  const first = new Map<string, IdUse>();
  const out: Diagnostic[] = [];
  for (const use of uses) {
    const earlier = first.get(use.id);
    if (!earlier) first.set(use.id, use);
    else {
      const at = earlier.doc.position(earlier.path);
      out.push(use.doc.problem(use.path, "ids/duplicate", { id: use.id, first: `${earlier.doc.file}:${at.line}` }));
    }
  }
  return out;
}

function unresolved(report: Pick<CheckedReport, "blocks">, known: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { block, doc } of allBlocks(report.blocks)) {
    if (block.kind !== "programme") continue;
    block.items.forEach((item, i) => {
      if (!item.section || known.has(item.section)) return;
      const suggestion = closest(item.section, [...known]);
      out.push(
        doc.problem(["items", i, "section"], "ref/unresolved", {
          ref: item.section,
          ...(suggestion && { suggestion }),
        }),
      );
    });
  }
  return out;
}

/** A report's next steps' ids, and the earlier steps it marks done or gives a new status (with where it says so). */
const stepsOf = perObject((blocks: CheckedReport["blocks"]) => {
  const ids: string[] = [];
  const refs: Array<{ id: string; doc: SourceDoc; path: Array<string | number> }> = [];
  for (const { block, doc } of allBlocks(blocks)) {
    if (block.kind !== "next-steps") continue;
    for (const s of block.items) if (s.id) ids.push(s.id);
    block.done?.forEach((d, i) => refs.push({ id: d.id, doc, path: ["done", i, "id"] }));
    block.updates?.forEach((u, i) => refs.push({ id: u.id, doc, path: ["updates", i, "id"] }));
  }
  return { ids, refs };
});

/** A step marked done, or given a new status, must be a next step of another report. */
function unresolvedDoneSteps(reports: readonly CheckedReport[]): Diagnostic[] {
  const steps = new Map<string, string>();
  for (const r of reports) for (const id of stepsOf(r.blocks).ids) steps.set(id, reportId(r));
  const out: Diagnostic[] = [];
  for (const r of reports) {
    for (const d of stepsOf(r.blocks).refs) {
      const owner = steps.get(d.id);
      if (owner && owner !== reportId(r)) continue;
      const suggestion = closest(d.id, [...steps.keys()]);
      out.push(d.doc.problem(d.path, "ref/unknown-step", { ref: d.id, ...(suggestion && { suggestion }) }));
    }
  }
  return out;
}

/** A report's own id problems: ids used twice, programme items pointing at no section. */
const problemsInReport = perObject((report: Pick<CheckedReport, "blocks">): Diagnostic[] => {
  const uses = idsInReport(report);
  return [...duplicates(uses), ...unresolved(report, new Set(uses.map((u) => u.id)))];
});

export function checkIds(reports: readonly CheckedReport[]): Diagnostic[] {
  const out: Diagnostic[] = [...unresolvedDoneSteps(reports)];
  const siteWide: IdUse[] = [];
  for (const report of reports) {
    out.push(...problemsInReport(report));
    siteWide.push({ id: `report:${reportId(report)}`, doc: report.metaDoc, path: ["id"] });
  }
  const reportDupes = duplicates(siteWide).map((d) => ({
    ...d,
    params: { ...d.params, id: String(d.params.id).slice(7) },
  }));
  return [...out, ...reportDupes];
}
