/**
 * What search engines, feed readers and link previews read: the canonical
 * address, Open Graph, and schema.org JSON-LD for a report (a Report about an
 * Event). Built as data here, serialised safely for a <script> element.
 */
import type { ReportModel } from "../model/types.ts";
import type { Site } from "../schema/site.ts";
import { plainText } from "../shared/plain-text.ts";
import { absoluteUrl } from "../shared/site-address.ts";
import { printedPdfOf } from "./printed-pdfs.ts";

export const OG_LOCALE = { nb: "nb_NO", nn: "nn_NO", en: "en_GB" } as const;

const midnight = (date: string) => `${date}T00:00:00Z`;

export function reportJsonLd(report: ReportModel, site: Site): Record<string, unknown> {
  const pdf = printedPdfOf(report);
  const url = site.url ? absoluteUrl(site.url, report.url) : undefined;
  const organisers = report.organisers.map((o) => ({
    "@type": "Organization",
    name: o.name,
    ...(o.url && { url: o.url }),
  }));
  const event = {
    "@type": "Event",
    name: plainText(report.title),
    ...(report.date && { startDate: report.date, endDate: report.endDate ?? report.date }),
    ...(report.place && { location: { "@type": "Place", name: plainText(report.place) } }),
    ...(organisers.length && { organizer: organisers }),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
  };
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    name: plainText(report.title),
    ...(report.subtitle && { alternativeHeadline: plainText(report.subtitle) }),
    ...(report.summary && { abstract: plainText(report.summary) }),
    ...(report.theme && { about: plainText(report.theme) }),
    inLanguage: report.lang === "en" ? "en" : report.lang === "nn" ? "nn" : "nb",
    ...(report.date && { datePublished: report.date }),
    publisher: { "@type": "Organization", name: report.publisher },
    ...(url && { url }),
    ...(pdf &&
      site.url && {
        encoding: {
          "@type": "MediaObject",
          encodingFormat: "application/pdf",
          contentUrl: absoluteUrl(site.url, pdf.href),
        },
      }),
    recordedAt: event,
  };
}

/** JSON for a <script> element: "<" is escaped so no value can close the element. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");

/** RFC 3339 timestamp for a report's date, for Atom. */
export const atomDate = (date: string | undefined): string => midnight(date ?? "1970-01-01");
