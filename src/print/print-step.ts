/**
 * From the site model to print jobs and back: each report's print page is
 * printed to <report>/<report>.pdf; what was printed — each PDF's address,
 * size and page count, for its download link — goes back to the build, and
 * the model stays as it was. When any report could
 * not be printed, PrintFailures lists every one that failed.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { ReportModel, SiteModel, TocEntry } from "../model/types.ts";
import type { PrintedPdf } from "../render/printed-pdfs.ts";
import { plainText } from "../shared/plain-text.ts";
import type { PdfInfo } from "./finish-pdf.ts";
import { printPdfs, type PrintJob, type PrintOptions, type PrintResult } from "./print-pdfs.ts";
import { PrintFailures } from "./print-messages.ts";

/** The date stamped into a PDF: SOURCE_DATE_EPOCH when set (reproducible builds), else the report's date. */
export function pdfDate(report: ReportModel, env: NodeJS.ProcessEnv = process.env): Date {
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH))
    return new Date(Number(env.SOURCE_DATE_EPOCH) * 1000);
  return new Date(`${report.date ?? "1970-01-01"}T00:00:00Z`);
}

export function pdfInfo(report: ReportModel, siteName: string): PdfInfo {
  const organisers = report.organisers.map((o) => o.name);
  const subject = report.subtitle ?? report.theme;
  return {
    title: plainText(report.title),
    author: organisers.length ? organisers.join(", ") : siteName,
    ...(subject && { subject: plainText(subject) }),
    keywords: [report.theme, report.place, ...organisers].filter((k): k is string => Boolean(k)).map(plainText),
    lang: report.lang,
    date: pdfDate(report),
  };
}

/** The table of contents as bookmarks: its entries, in order, one level down for children. */
export const bookmarksOf = (toc: TocEntry[], depth = 1): PrintJob["headings"] =>
  toc.flatMap((e) => [{ id: e.anchor, title: e.title, depth }, ...bookmarksOf(e.children, depth + 1)]);

export const pdfFileName = (report: ReportModel): string => `${report.id}.pdf`;

export interface PrintedReports {
  printed: PrintResult[];
  /** Each report's PDF, by report id, for the pages that link it. */
  pdfs: Map<string, PrintedPdf>;
}

export async function printReports(
  model: SiteModel,
  printSite: string,
  outDir: string,
  options: PrintOptions,
): Promise<PrintedReports> {
  const jobs: PrintJob[] = model.reports.map((r) => {
    const dir = join(outDir, r.id);
    mkdirSync(dir, { recursive: true });
    return {
      id: r.id,
      path: `${r.url}utskrift/`,
      target: join(dir, pdfFileName(r)),
      info: pdfInfo(r, model.site.name),
      headings: bookmarksOf(r.toc),
    };
  });
  const { printed, failed } = await printPdfs(printSite, jobs, options);
  if (failed.length) throw new PrintFailures(failed);
  const pdfs = new Map(
    model.reports.map((r, i): [string, PrintedPdf] => [
      r.id,
      { href: `${r.url}${pdfFileName(r)}`, pages: printed[i]!.pages, bytes: printed[i]!.bytes },
    ]),
  );
  return { printed, pdfs };
}
