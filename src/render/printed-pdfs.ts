/**
 * The PDFs the print step printed, for the pages and the open data that link
 * them: each report's PDF address, page count and size. The print step does
 * not write into the model; the build hands what it printed over here
 * (shared/handover.ts) together with the site model, so a build without PDFs
 * (serve, --no-pdf) links none.
 */
import { handOver, handoverKey, received } from "../shared/handover.ts";

export interface PrintedPdf {
  /** Site-relative address of the PDF. */
  href: string;
  pages: number;
  bytes: number;
}

const PRINTED_PDFS = handoverKey<ReadonlyMap<string, PrintedPdf>>("printed-pdfs");

/** The build's PDFs by report id; an empty map when it printed none. */
export const usePrintedPdfs = (byReport: ReadonlyMap<string, PrintedPdf>): void => handOver(PRINTED_PDFS, byReport);

export const printedPdfOf = (report: { id: string }): PrintedPdf | undefined => received(PRINTED_PDFS)?.get(report.id);
