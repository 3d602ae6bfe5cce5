import { sumOfRoles } from "../../schema/blocks/participants.ts";
import type { Diagnostic } from "../../shared/diagnostic.ts";
import { allBlocks, type CheckedReport } from "../validated.ts";

/** A stated total must equal the sum of the roles; "21 of 25" must not exceed the whole. */
export function checkParticipants(report: Pick<CheckedReport, "blocks" | "media">): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { block, doc } of allBlocks(report.blocks)) {
    if (block.kind !== "participants") continue;
    const sum = sumOfRoles(block.roles);
    if (block.total !== undefined && block.total !== sum) {
      out.push(doc.problem(["total"], "participants/total", { total: block.total, sum }));
    }
    block.coverage?.forEach((c, i) => {
      if (typeof c === "object" && c.count > c.of) {
        out.push(doc.problem(["coverage", i, "count"], "participants/coverage", { count: c.count, of: c.of }));
      }
    });
  }
  return out;
}
