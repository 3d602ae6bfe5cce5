/** The report and the archive as JSON: the validated content, not the page's view of it. */
import { allItems } from "../model/items.ts";
import type { BlockModel, ReportModel, SiteModel } from "../model/types.ts";
import { OUTPUT_FORMAT, type BlockOutput } from "../schema/output.ts";
import { withPrefix } from "./html.ts";
import { printedPdfOf } from "./printed-pdfs.ts";
import { plainText } from "../shared/plain-text.ts";
import { publishedImage } from "./picture.ts";

/** Fields the model adds for the templates; the open data leaves them out. */
const VIEW_ONLY = new Set([
  "level",
  "sublevel",
  "itemAnchors",
  "heading",
  "tocLabel",
  "chart",
  "total",
  "children",
  "lists",
  "themeLinks",
  "grid",
  "from",
  "numberLabel",
  "pictures",
  "headingNumber",
  "bodyHeadings",
]);

/** A figure's images, where they are published. */
const filesOf = (b: BlockModel, prefix: string) =>
  (b.kind === "figure" ? b.pictures : undefined)?.flatMap((p) => {
    const image = publishedImage(p.file);
    return image
      ? [{ ...image, url: withPrefix(prefix, image.url), ...(p.alt && { alt: p.alt }), decorative: p.decorative }]
      : [];
  });

function blockJson(b: BlockModel, prefix: string): BlockOutput {
  // A participants block's `total` is derived; a table's (its last row is a total) is as written.
  const content = Object.fromEntries(
    Object.entries(b).filter(([k]) => !VIEW_ONLY.has(k) || (k === "total" && b.kind === "table")),
  );
  const items = allItems(b.lists).sort((x, y) => (x.pointer < y.pointer ? -1 : 1));
  const files = filesOf(b, prefix);
  return {
    ...(content as BlockOutput),
    ...(items.length && { anchors: Object.fromEntries(items.map((i) => [i.pointer, i.anchor])) }),
    ...(files?.length && { files }),
    ...(b.children.length && { blocks: b.children.map((c) => blockJson(c, prefix)) }),
  };
}

function summaryOf(r: ReportModel, prefix: string) {
  const pdf = printedPdfOf(r);
  return {
    id: r.id,
    url: withPrefix(prefix, r.url),
    json: withPrefix(prefix, `${r.url}report.json`),
    ...(pdf && { pdf: { url: withPrefix(prefix, pdf.href), pages: pdf.pages, bytes: pdf.bytes } }),
    themes: r.themes.map((t) => ({ id: t.id, name: t.name, url: withPrefix(prefix, t.url) })),
  };
}

export function reportJson(report: ReportModel, site: SiteModel): string {
  return JSON.stringify(
    {
      format: OUTPUT_FORMAT,
      ...summaryOf(report, site.pathPrefix),
      report: report.source,
      blocks: report.blocks.map((b) => blockJson(b, site.pathPrefix)),
    },
    null,
    2,
  );
}

export function archiveJson(site: SiteModel): string {
  const reports = site.reports.map((r) => ({
    ...summaryOf(r, site.pathPrefix),
    title: plainText(r.title),
    ...(r.date && { date: r.date }),
    organisers: r.organisers.map((o) => o.name),
    ...(r.place && { place: plainText(r.place) }),
    ...(r.theme && { theme: plainText(r.theme) }),
    ...(r.summary && { summary: plainText(r.summary) }),
    lang: r.lang,
  }));
  return JSON.stringify({ format: OUTPUT_FORMAT, site: site.site.name, reports }, null, 2);
}

/** The solutions as their files say, with their addresses and where the reports tell of them. */
export function solutionsJson(site: SiteModel): string {
  const solutions = site.solutions.map((s) => ({
    id: s.id,
    url: withPrefix(site.pathPrefix, s.url),
    ...s.source,
    mentions: s.mentions.map((m) => ({
      url: withPrefix(site.pathPrefix, m.url),
      kind: m.kind,
      report: m.report.url.replace(/^\/|\/$/g, ""),
      ...(m.report.date && { date: m.report.date }),
    })),
  }));
  return JSON.stringify({ format: OUTPUT_FORMAT, site: site.site.name, solutions }, null, 2);
}
