/**
 * Ids become anchors (#id) and addresses, so they must be unique: block,
 * question and item ids (findings, next steps …) within a report, report ids and next-step ids
 * (which later reports refer to) across the site. References must resolve.
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import type { Diagnostic } from "../diagnostic.ts";
import { themableItems } from "../../schema/themable.ts";
import { closest } from "../did-you-mean.ts";
import { allBlocks, type CheckedReport } from "../validated.ts";

interface IdUse {
  id: string;
  doc: SourceDoc;
  path: (string | number)[];
}

export const reportId = (r: CheckedReport): string => r.meta?.id ?? r.folder;

/** Every id an author wrote in a report: blocks, questions, items. The model reserves them as anchors. */
export function idsInReport(report: CheckedReport): IdUse[] {
  const uses: IdUse[] = [];
  for (const { block, doc } of allBlocks(report.blocks)) {
    if (block.id) uses.push({ id: block.id, doc, path: ["id"] });
    if (block.kind === "questions") block.items.forEach((item, i) => item.id && uses.push({ id: item.id, doc, path: ["items", i, "id"] }));
    for (const item of themableItems(block)) if (item.id) uses.push({ id: item.id, doc, path: [...item.path, "id"] });
  }
  return uses;
}

function duplicates(uses: IdUse[]): Diagnostic[] {
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

function unresolved(report: CheckedReport, known: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { block, doc } of allBlocks(report.blocks)) {
    if (block.kind !== "programme") continue;
    block.items.forEach((item, i) => {
      if (!item.section || known.has(item.section)) return;
      const suggestion = closest(item.section, [...known]);
      out.push(doc.problem(["items", i, "section"], "ref/unresolved", { ref: item.section, ...(suggestion && { suggestion }) }));
    });
  }
  return out;
}

/** A step marked done must be a next step of another report. */
function unresolvedDoneSteps(reports: readonly CheckedReport[]): Diagnostic[] {
  const steps = new Map<string, string>();
  for (const r of reports) {
    for (const { block } of allBlocks(r.blocks)) if (block.kind === "next-steps") for (const s of block.items) if (s.id) steps.set(s.id, reportId(r));
  }
  const out: Diagnostic[] = [];
  for (const r of reports) {
    for (const { block, doc } of allBlocks(r.blocks)) {
      if (block.kind !== "next-steps") continue;
      block.done?.forEach((d, i) => {
        const owner = steps.get(d.id);
        if (owner && owner !== reportId(r)) return;
        const suggestion = closest(d.id, [...steps.keys()]);
        out.push(doc.problem(["done", i, "id"], "ref/unknown-step", { ref: d.id, ...(suggestion && { suggestion }) }));
      });
    }
  }
  return out;
}

export function checkIds(reports: readonly CheckedReport[]): Diagnostic[] {
  const out: Diagnostic[] = [...unresolvedDoneSteps(reports)];
  const siteWide: IdUse[] = [];
  for (const report of reports) {
    const uses = idsInReport(report);
    out.push(...duplicates(uses), ...unresolved(report, new Set(uses.map((u) => u.id))));
    siteWide.push({ id: `report:${reportId(report)}`, doc: report.metaDoc, path: ["id"] });
  }
  const reportDupes = duplicates(siteWide).map((d) => ({ ...d, params: { ...d.params, id: String(d.params.id).slice(7) } }));
  return [...out, ...reportDupes];
}
