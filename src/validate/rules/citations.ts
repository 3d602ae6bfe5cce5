/**
 * Citations against the report's literature: every `@key` must be in one of its
 * .bib or CSL-JSON files («did you mean» for a near miss), a report that cites
 * must have a bibliography, and a reference list block to show it in.
 */
import type { Diagnostic } from "../../shared/diagnostic.ts";
import { closest } from "../did-you-mean.ts";
import { scannedTexts } from "../markdown-texts.ts";
import { allBlocks, type CheckedReport } from "../validated.ts";

const worth = (text: string) => text.includes("@") && text.includes("[");

export function checkCitations(
  report: Pick<CheckedReport, "blocks" | "bibliography" | "orphan"> & Partial<Pick<CheckedReport, "metaDoc">>,
): Diagnostic[] {
  // Blocks of a folder whose report.yaml could not be read: their report's literature is unknown.
  if (report.orphan) return [];
  const out: Diagnostic[] = [];
  const keys = [...(report.bibliography?.items.keys() ?? [])];
  const known = new Set(keys);
  const files = report.bibliography?.files.join(", ") ?? "";
  const cited = new Set<string>();
  for (const { doc } of allBlocks(report.blocks)) {
    for (const { scan, at } of scannedTexts(doc, worth)) {
      for (const f of scan.citations) {
        if (known.has(f.label)) cited.add(f.label);
        else if (!report.bibliography) out.push(doc.problemAt(at(f), "cite/no-bibliography", { key: f.label }));
        else {
          const suggestion = closest(f.label, keys);
          out.push(
            doc.problemAt(at(f), "cite/unknown-key", { key: f.label, files, ...(suggestion && { suggestion }) }),
          );
        }
      }
    }
  }
  const listed = [...allBlocks(report.blocks)].some(({ block }) => block.kind === "references");
  if (cited.size > 0 && !listed && report.metaDoc)
    out.push(report.metaDoc.problemAt({ line: 1, column: 1 }, "cite/no-references", { count: cited.size }));
  return out;
}
