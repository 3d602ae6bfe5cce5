/**
 * Model stage for the knowledge bank's solutions: each validated file becomes a
 * page's model with its links made, every report item that tells of it gathered
 * (newest report first), and the index's filters — status, theme, sector,
 * region — each a static page, so narrowing needs no JavaScript.
 */
import { solutionStatuses, type SolutionStatus } from "../schema/solution.ts";
import type { Lang, UiStrings } from "../shared/i18n/index.ts";
import { slugify } from "../shared/slug.ts";
import { formatNumber } from "../shared/format.ts";
import type { ValidSolution } from "../validate/validated.ts";
import { KIND_LABEL } from "./themes.ts";
import type {
  OrganiserModel,
  ReportModel,
  SolutionFacet,
  SolutionFacetLink,
  SolutionFilter,
  SolutionMention,
  SolutionModel,
  ThemeLink,
} from "./types.ts";

export const SOLUTIONS_URL = "/losninger/";
export const solutionUrl = (id: string): string => `${SOLUTIONS_URL}${id}/`;

/** The interface string naming each status, in the schema's order (idé → spredd). */
export const SOLUTION_STATUS_LABEL: Record<SolutionStatus, keyof UiStrings> = {
  idé: "solutionIdea",
  utprøving: "solutionPilot",
  "i drift": "solutionRunning",
  spredd: "solutionSpread",
};

const collator = new Intl.Collator("nb");

const statusLink = (status: SolutionStatus, ui: UiStrings): SolutionFacetLink => ({
  label: ui[SOLUTION_STATUS_LABEL[status]],
  url: `${SOLUTIONS_URL}status/${slugify(status)}/`,
});
const sectorLink = (sector: string): SolutionFacetLink => ({
  label: sector,
  url: `${SOLUTIONS_URL}sektor/${slugify(sector)}/`,
});
const regionLink = (region: string): SolutionFacetLink => ({
  label: region,
  url: `${SOLUTIONS_URL}region/${slugify(region)}/`,
});
const themeFilterUrl = (id: string): string => `${SOLUTIONS_URL}tema/${id}/`;

const owner = (o: string | { name: string; url?: string | undefined }): OrganiserModel =>
  typeof o === "string" ? { name: o } : { name: o.name, ...(o.url && { url: o.url }) };

/** Every item and block of every report that names a solution, by solution id; `reports` in archive order (newest first). */
export function mentionsBySolution(reports: readonly ReportModel[], ui: UiStrings): Map<string, SolutionMention[]> {
  const byId = new Map<string, SolutionMention[]>();
  for (const r of reports) {
    for (const item of r.themedItems) {
      if (!item.solution) continue;
      const mention: SolutionMention = {
        kind: item.kind,
        kindLabel: ui[KIND_LABEL[item.kind]],
        ...(item.title && { title: item.title }),
        ...(item.text && { text: item.text }),
        ...(item.context && { context: item.context }),
        url: `${r.url}#${item.anchor}`,
        report: {
          title: r.title,
          url: r.url,
          lang: r.lang,
          ...(r.date && { date: r.date }),
          ...(r.endDate && { endDate: r.endDate }),
        },
      };
      (byId.get(item.solution) ?? byId.set(item.solution, []).get(item.solution)!).push(mention);
    }
  }
  return byId;
}

export function buildSolutions(
  solutions: readonly ValidSolution[],
  reports: readonly ReportModel[],
  themeLink: (id: string, lang: Lang) => ThemeLink,
  lang: Lang,
  ui: UiStrings,
): SolutionModel[] {
  const mentions = mentionsBySolution(reports, ui);
  return solutions
    .map(({ id, solution: s }): SolutionModel => ({
      id,
      url: solutionUrl(id),
      name: s.name,
      summary: s.summary,
      ...(s.problem && { problem: s.problem }),
      ...(s.description && { description: s.description }),
      owners: s.owners.map(owner),
      ...(s.region && { region: regionLink(s.region) }),
      municipalities: s.municipalities ?? [],
      sectors: (s.sectors ?? []).map(sectorLink),
      ...(s.targetGroup && { targetGroup: s.targetGroup }),
      status: s.status,
      statusKey: slugify(s.status),
      statusLink: statusLink(s.status, ui),
      ...(s.evidence && {
        evidence: {
          statement: s.evidence.statement,
          ...(s.evidence.source && { source: s.evidence.source }),
          figures: (s.evidence.figures ?? []).map((f) => ({
            value: typeof f.value === "number" ? formatNumber(f.value, lang) : f.value,
            label: f.label,
          })),
        },
      }),
      readMore: s.readMore ?? [],
      contacts: s.contacts ?? [],
      themes: (s.themes ?? []).map((t) => themeLink(t, lang)),
      adoptedBy: [...(s.adoptedBy ?? [])]
        .sort((a, b) => a.year - b.year || collator.compare(a.place, b.place))
        .map((a) => ({ place: a.place, year: a.year, ...(a.note && { note: a.note }) })),
      ...(s.added && { added: s.added }),
      mentions: mentions.get(id) ?? [],
      source: s,
      searchKeys: {
        kind: "solution",
        year: s.added?.slice(0, 4) ?? "",
        organisers: s.owners.map((o) => slugify(owner(o).name)).join(" "),
        themes: (s.themes ?? []).join(" "),
      },
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Groups solutions under filter pages by a facet's values; a facet with no value anywhere is left out. */
function facet(
  label: string,
  solutions: readonly SolutionModel[],
  links: (s: SolutionModel) => SolutionFacetLink[],
  order?: (a: SolutionFilter, b: SolutionFilter) => number,
): SolutionFacet {
  const byUrl = new Map<string, SolutionFilter>();
  for (const s of solutions) {
    for (const link of links(s))
      (byUrl.get(link.url) ?? byUrl.set(link.url, { ...link, solutions: [] }).get(link.url)!).solutions.push(s);
  }
  const filters = [...byUrl.values()].sort(order ?? ((a, b) => collator.compare(a.label, b.label)));
  return { label, filters };
}

/** The index's facets, in the order a reader narrows by: how far it has come, what it is about, where it belongs. */
export function solutionFacets(solutions: readonly SolutionModel[], ui: UiStrings): SolutionFacet[] {
  const statusRank = (f: SolutionFilter) => solutionStatuses.indexOf(f.solutions[0]!.status);
  return [
    facet(
      ui.filterByStatus,
      solutions,
      (s) => [s.statusLink],
      (a, b) => statusRank(a) - statusRank(b),
    ),
    facet(ui.filterByTheme, solutions, (s) => s.themes.map((t) => ({ label: t.name, url: themeFilterUrl(t.id) }))),
    facet(ui.filterBySector, solutions, (s) => s.sectors),
    facet(ui.filterByRegion, solutions, (s) => (s.region ? [s.region] : [])),
  ].filter((f) => f.filters.length > 0);
}
