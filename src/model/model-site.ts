/** Model stage for the whole site: every report, and the archive order. */
import { uiStrings } from "../shared/i18n/index.ts";
import { pathPrefixOf } from "../shared/site-address.ts";
import type { ValidContent, ValidReport } from "../validate/validated.ts";
import { modelReport } from "./model-report.ts";
import { collectNextSteps, groupNextSteps, STATUS_LABEL, today } from "./next-steps.ts";
import { slugify } from "../shared/slug.ts";
import { collectThemes, relateReports, themeLinker } from "./themes.ts";
import { buildSolutions, solutionFacets } from "./solutions.ts";
import { feedEntries } from "./feed.ts";
import { linkReports } from "./report-links.ts";
import { buildOverview } from "./overview.ts";
import type { ArchiveFilter, ReportModel, SiteModel } from "./types.ts";

/** Norwegian alphabetical order: æ, ø, å after z. */
const collator = new Intl.Collator("nb");

/** Newest first; reports on the same day by title, so the order never depends on the file system. */
export const byDateDescending = (a: ReportModel, b: ReportModel): number =>
  (b.date ?? "").localeCompare(a.date ?? "") || collator.compare(a.title, b.title);

/** Groups reports by a key, keeping each group in archive order. */
function groupBy(reports: ReportModel[], keys: (r: ReportModel) => string[]): Map<string, ReportModel[]> {
  const groups = new Map<string, ReportModel[]>();
  for (const r of reports) for (const k of keys(r)) (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  return groups;
}

function filters(reports: ReportModel[]): {
  years: ArchiveFilter[];
  organisers: ArchiveFilter[];
  filterPages: ArchiveFilter[];
} {
  const years = [...groupBy(reports, (r) => (r.date ? [r.date.slice(0, 4)] : [])).entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, list]) => ({ key: year, label: year, url: `/ar/${year}/`, reports: list }));
  const organisers = [...groupBy(reports, (r) => r.organisers.map((o) => o.name)).entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([name, list]) => ({ key: slugify(name), label: name, url: `/arrangor/${slugify(name)}/`, reports: list }));
  return { years, organisers, filterPages: [...years, ...organisers] };
}

export interface ModelOptions {
  /** Include draft reports (for preview with `serve`); production builds leave them out entirely. */
  drafts?: boolean;
  /** Previewing with `serve`: report pages link their print preview. */
  preview?: boolean;
  /** The day next steps' due dates are compared with (YYYY-MM-DD); today, or SOURCE_DATE_EPOCH's day. */
  asOf?: string;
}

/**
 * `memo` keeps report models between calls (`serve`): a report whose validated value is the same object
 * is not modelled again. Its models hold the themes' names: forget them when the themes change.
 */
export function modelSite(
  content: ValidContent,
  options: ModelOptions = {},
  memo?: WeakMap<ValidReport, ReportModel>,
): SiteModel {
  const included = content.reports.filter((r) => options.drafts || r.meta.status === "published");
  const themeLink = themeLinker(content.themes);
  const modelOf = (r: ValidReport): ReportModel => {
    const model = memo?.get(r) ?? modelReport(r, themeLink);
    memo?.set(r, model);
    return model;
  };
  // Made new here, not changed: a kept model may serve in the next build too.
  const siteNewPage = content.site.print.newPage;
  const published = included
    .map(modelOf)
    .map((r) => (r.publisher ? r : { ...r, publisher: content.site.name }))
    // site.yaml's print.newPage, for each report that does not set its own.
    .map((r) => (siteNewPage && !r.source.print?.newPage ? { ...r, print: { ...r.print, newPage: siteNewPage } } : r));
  const reports = linkReports(relateReports(published.sort(byDateDescending)));
  const steps = collectNextSteps(reports, options.asOf ?? today());
  const ui = uiStrings(content.site.lang);
  const solutions = buildSolutions(content.solutions, reports, themeLink, content.site.lang, ui);
  const facets = solutionFacets(solutions, ui);
  const themes = collectThemes(content.themes, reports, content.site.lang, ui, solutions);
  return {
    ...filters(reports),
    nextSteps: steps,
    nextStepGroups: groupNextSteps(steps, ui),
    stepStatusLabels: STATUS_LABEL,
    stepsById: Object.fromEntries(steps.flatMap((s) => (s.id ? [[s.id, s]] : []))),
    site: content.site,
    siteUrl: content.site.url ?? "http://localhost/",
    pathPrefix: pathPrefixOf(content.site.url),
    ui,
    preview: Boolean(options.preview),
    reports,
    themes,
    overview: buildOverview(reports, themes, solutions, ui, content.site.lang),
    solutions,
    solutionsById: Object.fromEntries(solutions.map((s) => [s.id, s])),
    solutionFacets: facets,
    solutionFilterPages: facets.flatMap((f) => f.filters),
    feed: feedEntries(reports, solutions, content.site.lang),
  };
}
