import type { Diagnostic } from "../../shared/diagnostic.ts";
import { closest } from "../did-you-mean.ts";
import { allBlocks, type CheckedReport } from "../validated.ts";

/** Each question's answers must use the part ids its block declares. */
export function checkQuestionParts(report: Pick<CheckedReport, "blocks" | "media">): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { block, doc } of allBlocks(report.blocks)) {
    if (block.kind !== "questions") continue;
    const parts = block.parts.map((p) => p.id);
    block.items.forEach((q, i) => {
      for (const part of Object.keys(q.answers ?? {})) {
        if (parts.includes(part)) continue;
        const suggestion = closest(part, parts);
        out.push(
          doc.problem(
            ["items", i, "answers", part],
            "questions/unknown-part",
            { part, allowed: parts.join(", "), ...(suggestion && { suggestion }) },
            "key",
          ),
        );
      }
    });
  }
  return out;
}
