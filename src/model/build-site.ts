/** Model stage for the whole site: every report, and the archive order. */
import { uiStrings } from "../render/i18n/index.ts";
import { pathPrefixOf } from "../render/metadata.ts";
import type { ValidContent } from "../validate/validated.ts";
import { buildReport } from "./build-report.ts";
import type { ReportModel, SiteModel } from "./types.ts";

/** Norwegian alphabetical order: æ, ø, å after z. */
const collator = new Intl.Collator("nb");

/** Newest first; reports on the same day by title, so the order never depends on the file system. */
export const byDateDescending = (a: ReportModel, b: ReportModel): number =>
  (b.date ?? "").localeCompare(a.date ?? "") || collator.compare(a.title, b.title);

export interface ModelOptions {
  /** Include draft reports (for preview with `serve`); production builds leave them out entirely. */
  drafts?: boolean;
}

export function buildSite(content: ValidContent, options: ModelOptions = {}): SiteModel {
  const included = content.reports.filter((r) => options.drafts || r.meta.status === "published");
  const reports = included.map((r) => buildReport(r, content.site.name)).sort(byDateDescending);
  return {
    site: content.site,
    siteUrl: content.site.url ?? "http://localhost/",
    pathPrefix: pathPrefixOf(content.site.url),
    ui: uiStrings(content.site.lang),
    reports,
  };
}
