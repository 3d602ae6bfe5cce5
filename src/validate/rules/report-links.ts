/**
 * Links between reports (report.yaml `buildsOn`, `followUpOf`, `seeAlso`): a
 * link by id must name a report in the content; a link to a web address is
 * checked as any link is, by the schema.
 */
import type { Diagnostic } from "../../shared/diagnostic.ts";
import { REPORT_LINK_KINDS, linkTargets } from "../../schema/report-links.ts";
import { closest } from "../did-you-mean.ts";
import type { CheckedReport } from "../validated.ts";
import { reportId } from "./ids.ts";

export function checkReportLinks(reports: readonly CheckedReport[]): Diagnostic[] {
  // Folder names too: a report whose report.yaml is broken is still there, and its address is its folder's.
  const known = [...new Set(reports.flatMap((r) => [reportId(r), r.folder]))];
  const knownSet = new Set(known);
  const out: Diagnostic[] = [];
  for (const report of reports) {
    if (!report.meta) continue;
    for (const kind of REPORT_LINK_KINDS) {
      for (const { target, path } of linkTargets(report.meta[kind])) {
        if (typeof target !== "string") continue;
        if (target === reportId(report))
          out.push(report.metaDoc.problem([kind, ...path], "ref/self-link", { ref: target }));
        else if (!knownSet.has(target)) {
          const suggestion = closest(target, known);
          out.push(
            report.metaDoc.problem([kind, ...path], "ref/unknown-report", {
              ref: target,
              ...(suggestion && { suggestion }),
            }),
          );
        }
      }
    }
  }
  return out;
}
