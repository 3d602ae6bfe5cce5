/**
 * The functions templates may call, by name. Everything that formats or
 * transforms lives here or in format.ts, where it is tested; templates only
 * loop and look things up.
 */
import type { PersonRef } from "../schema/common.ts";
import type { Lang, UiStrings } from "../shared/i18n/index.ts";
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatDateShort,
  formatFileSize,
  formatNumber,
  formatPerson,
  formatSpeakers,
  formatTime,
  shortenLine,
} from "../shared/format.ts";
import { renderBarChart } from "./charts/bar-chart.ts";
import type { BarChart } from "../model/types/chart.ts";
import { hyphenateHtml } from "./hyphenate.ts";
import { watermarkUrl } from "./watermark.ts";
import { summaryFitsCover } from "./cover.ts";
import { themeTags, type SolutionTag } from "./theme-tags.ts";
import { withPrefix } from "./html.ts";
import type { BlockModel, ThemeLink } from "../model/types.ts";
import { atomDate, OG_LOCALE, reportJsonLd, scriptJson } from "./metadata.ts";
import { absoluteUrl } from "../shared/site-address.ts";
import type { ReportModel, SiteModel } from "../model/types.ts";
import { outputSchemas } from "../schema/output.ts";
import { archiveJson, reportJson, solutionsJson } from "./open-data.ts";
import { searchConfig } from "./search-config.ts";
import type { Site } from "../schema/site.ts";
import { renderInline, renderMarkdown } from "./markdown.ts";
import { plainText } from "../shared/plain-text.ts";
import { pictureHtml, type FigureWidth } from "./picture.ts";
import { printedPdfOf } from "./printed-pdfs.ts";
import { siteIconPath, siteIconSvg } from "./site-icon.ts";

/**
 * What the top margin of an A4 page holds at 8 pt, about 100 characters, shared: the report's title
 * on the left, the chapter on the right.
 */
const RUNNING_TITLE_CHARACTERS = 56;
const RUNNING_HEAD_CHARACTERS = 44;

export const filters = {
  /**
   * Block Markdown; `level` is the level its highest heading gets. `from` is the content file the text
   * is written in, so images in it resolve beside it; `printing` shows their print versions.
   */
  md: (source: string | undefined, level = 2, from?: string, pathPrefix?: string, printing?: boolean) =>
    source
      ? renderMarkdown(
          source,
          level,
          from ? { from, ...(pathPrefix && { prefix: pathPrefix }), ...(printing && { print: true }) } : undefined,
        )
      : "",
  /**
   * Markdown written in a block: its headings sit below the block's own (`deeper` levels further down),
   * its images are files beside the block's file. `{{ block.intro | blockMd(block, samling.pathPrefix, printing) }}`.
   */
  blockMd: (
    source: string | undefined,
    block: Pick<BlockModel, "sublevel" | "from">,
    pathPrefix: string,
    printing?: boolean,
    deeper = 0,
  ) =>
    source
      ? renderMarkdown(source, block.sublevel + deeper, {
          from: block.from,
          ...(pathPrefix && { prefix: pathPrefix }),
          ...(printing && { print: true }),
        })
      : "",
  /** A figure's image: `<picture>` on the web, the print version in print. */
  picture: (
    image: { file: string; alt?: string },
    width: FigureWidth,
    pathPrefix: string,
    printing: boolean,
    eager = false,
  ) =>
    pictureHtml(image.file, image.alt ?? "", {
      width,
      prefix: pathPrefix,
      print: Boolean(printing),
      eager: Boolean(eager),
    }),
  /** Inline Markdown as plain text, for <title> and attributes. */
  plain: (source: string | undefined) => (source ? plainText(source) : ""),
  /** One line of inline Markdown. */
  inline: (source: string | undefined) => (source ? renderInline(source) : ""),
  date: (iso: string, lang: Lang) => formatDate(iso, lang),
  dateShort: (iso: string, lang: Lang) => formatDateShort(iso, lang),
  dateRange: (start: string, end: string | undefined, lang: Lang) => formatDateRange(start, end, lang),
  time: (time: string, lang: Lang) => formatTime(time, lang),
  /** A time of day as <time datetime> needs it: "9.00" → "09:00". */
  isoTime: (time: string) =>
    time
      .split(/[:.]/)
      .map((part) => part.padStart(2, "0"))
      .join(":"),
  number: (value: number | string, lang: Lang) => formatNumber(value, lang),
  /** "1 rapport", "3 rapporter". */
  count: (n: number, one: string, many: string, lang: Lang) => formatCount(n, one, many, lang),
  person: (p: PersonRef, ui: UiStrings) => formatPerson(p, ui),
  speakers: (list: PersonRef[] | undefined, ui: UiStrings) => formatSpeakers(list, ui),
  /** A lead-in title before its text gets a colon, unless it already ends in punctuation: "Samarbeid:" */
  leadIn: (title: string, text: string | undefined) => (text && !/[.:!?…]\s*$/.test(title) ? `${title}:` : title),
  isString: (v: unknown) => typeof v === "string",
  fileSize: (bytes: number, lang: Lang) => formatFileSize(bytes, lang),
  /**
   * A site address under the path prefix: `{{ report.url | href(samling.pathPrefix) }}`. Eleventy's own
   * `url` filter kept the first site's prefix across builds in one process, and tests every path with
   * `new URL`, which throws for each relative one (5 % of a large build).
   */
  href: (path: string, pathPrefix: string) => withPrefix(pathPrefix, path),
  /** An item's themes as links to their pages. */
  themeTags: (themes: ThemeLink[] | undefined, pathPrefix: string, ui: UiStrings, solution?: SolutionTag) =>
    themeTags(themes, pathPrefix, { themes: ui.themes, solution: ui.solution }, solution),
  /** A chart from the model as inline SVG. */
  barChart: (chart: BarChart) => renderBarChart(chart),
  /** The site's icon: its SVG logo, or one made from its colour and initial (render/site-icon.ts). */
  siteIconPath: (site: Site) => siteIconPath(site),
  siteIconSvg: (site: Site) => siteIconSvg(site),
  /** The report's printed PDF (address, pages, bytes), when the build printed one. */
  printedPdf: (report: ReportModel) => printedPdfOf(report),
  /** The summary fits on the PDF's cover; otherwise it gets a page of its own (render/cover.ts). */
  summaryFitsCover: (report: ReportModel, pageSize: string, hasLogo: unknown) =>
    summaryFitsCover(report, pageSize, Boolean(hasLogo)),
  /** A running head, on one line: long titles end in «…». The report's title (left) may take a little more room than the chapter's (right). */
  runningHead: (text: string, side: "title" | "chapter" = "chapter") =>
    shortenLine(String(text), side === "title" ? RUNNING_TITLE_CHARACTERS : RUNNING_HEAD_CHARACTERS),
  /** Soft hyphens for print, in the report's language. */
  hyphenate: (html: string, lang: Lang, keepWhole?: readonly string[]) => hyphenateHtml(String(html), lang, keepWhole),
  /** A draft's watermark word as an SVG drawing's address, quoted for CSS `url()`; `none` when it cannot be drawn. */
  watermark: (word: string) => {
    const url = watermarkUrl(String(word));
    return url ? `url("${url}")` : "none";
  },
  /** A value as a quoted CSS string, for generated content in the print layout. */
  cssString: (value: string) =>
    `"${String(value)
      .replace(/[\\"]/g, "\\$&")
      .replace(/[\n\r\f]/g, " ")
      .replace(/</g, "\\3C ")}"`,
  /** The site's address joined with a path: "https://x.no/r/" + "/a/" → "https://x.no/r/a/". */
  absoluteUrl: (base: string, path: string) => absoluteUrl(base, path),
  /** schema.org JSON-LD for a report, safe inside <script>. */
  jsonLd: (report: ReportModel, site: Site) => scriptJson(reportJsonLd(report, site)),
  atomDate: (date: string | undefined) => atomDate(date),
  reportJson: (report: ReportModel, site: SiteModel) => reportJson(report, site),
  archiveJson: (site: SiteModel) => archiveJson(site),
  solutionsJson: (site: SiteModel) => solutionsJson(site),
  searchConfig: (site: SiteModel) => searchConfig(site),
  outputSchema: (name: keyof typeof outputSchemas) => JSON.stringify(outputSchemas[name](), null, 2),
  ogLocale: (lang: Lang) => OG_LOCALE[lang],
} as const;
