import type { Diagnostic } from "../../shared/diagnostic.ts";
import type { ValidReport } from "../validated.ts";

/** A date range must not end before it starts. (Whether each date exists is checked by the schema.) */
export function checkDateRange(report: ValidReport): Diagnostic[] {
  const { date, endDate } = report.meta;
  if (date && endDate && endDate < date) {
    return [report.metaDoc.problem(["endDate"], "date/range-order", { start: date, end: endDate })];
  }
  return [];
}
