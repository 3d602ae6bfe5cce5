/**
 * Whether a report's summary fits on the PDF's cover, under its title and
 * facts. A summary that would not is printed on a page of its own after the
 * cover («Sammendrag»): a cover must never run onto a second page, where the
 * cover's colour band would lie over the text. The estimate is made from the
 * print stylesheet's sizes (20-structure.css) and errs towards the own page.
 */
import type { ReportModel } from "../model/types.ts";
import { plainText } from "../shared/plain-text.ts";

/** Height of the cover's content area, in mm, per page size: the page less its margins, band and padding. */
const COVER_SPACE: Record<string, number> = { A4: 240 - 10 - 18, A5: 166 - 10 - 18, Letter: 222 - 10 - 18 };

/** Lines a text takes at about `perLine` characters a line. */
const lines = (text: string, perLine: number): number => Math.max(1, Math.ceil(text.length / perLine));

export function summaryFitsCover(
  report: Pick<
    ReportModel,
    "title" | "subtitle" | "summary" | "organisers" | "date" | "place" | "theme" | "focusQuestion"
  >,
  pageSize = "A4",
  hasLogo = false,
): boolean {
  if (!report.summary) return true;
  const width = pageSize === "A5" ? 0.7 : 1; // an A5 line holds less
  const facts = [report.date, report.place, report.theme, report.focusQuestion].filter(Boolean) as string[];
  let used = hasLogo ? 30 : 0;
  if (report.organisers.length) used += 12;
  used += lines(plainText(report.title), 32 * width) * 11.6 + 4;
  if (report.subtitle) used += lines(plainText(report.subtitle), 65 * width) * 7.3 + 12;
  used += facts.reduce((mm, f) => mm + 3.5 + lines(plainText(f), 60 * width) * 5.5 + 3, 10);
  const paragraphs = report.summary
    .split(/\n\s*\n/)
    .map((p) => plainText(p.trim()))
    .filter(Boolean);
  const summary = 4 + paragraphs.reduce((mm, p) => mm + lines(p, 88 * width) * 5.6 + 4, 0);
  // A tenth to spare: the estimate counts characters, not the widths of the letters in them.
  return used + summary <= (COVER_SPACE[pageSize] ?? COVER_SPACE.A4!) * 0.9;
}
