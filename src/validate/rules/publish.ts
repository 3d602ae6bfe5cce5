import type { Diagnostic } from "../../shared/diagnostic.ts";
import type { ValidReport } from "../validated.ts";

/** What the archive shows of every published report. */
const REQUIRED_WHEN_PUBLISHED = ["date", "summary"] as const;

export function checkPublishable(report: ValidReport): Diagnostic[] {
  if (report.meta.status !== "published") return [];
  return REQUIRED_WHEN_PUBLISHED.filter((key) => report.meta[key] === undefined).map((key) =>
    report.metaDoc.problem(["status"], "publish/required", { key }),
  );
}
