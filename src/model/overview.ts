/**
 * The overview page: what the bank holds, in figures — reports per year, items
 * per theme (and per year, in the table), solutions per status, reports per
 * organiser. Each figure is a bar chart with its numbers in a table beside it;
 * a chart with more bars than anyone can read is left to its table.
 */
import { solutionStatuses } from "../schema/solution.ts";
import { formatNumber } from "../shared/format.ts";
import type { Lang, UiStrings } from "../shared/i18n/index.ts";
import { chartFrom } from "./charts.ts";
import { SOLUTION_STATUS_LABEL } from "./solutions.ts";
import type { OverviewFigure, OverviewTable } from "./types/overview.ts";
import type { ReportModel, SolutionModel, ThemeModel } from "./types.ts";

const yearOf = (r: ReportModel): string | undefined => r.date?.slice(0, 4);

function countsTable(entries: ReadonlyArray<[string, number]>, ui: UiStrings, lang: Lang): OverviewTable {
  return { columns: [ui.count], rows: entries.map(([label, n]) => ({ label, cells: [formatNumber(n, lang)] })) };
}

function figure(
  id: string,
  title: string,
  entries: ReadonlyArray<[string, number]>,
  ui: UiStrings,
  lang: Lang,
  table = countsTable(entries, ui, lang),
): OverviewFigure {
  const chart = chartFrom(
    id,
    title,
    entries.map(([label, value]) => ({ label, value, text: formatNumber(value, lang) })),
  );
  return { id, title, ...(chart && { chart }), table };
}

const tally = <K>(keys: Iterable<K>): Map<K, number> => {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
};

export function buildOverview(
  reports: readonly ReportModel[],
  themes: readonly ThemeModel[],
  solutions: readonly SolutionModel[],
  ui: UiStrings,
  lang: Lang,
): OverviewFigure[] {
  const perYear = [...tally(reports.flatMap((r) => yearOf(r) ?? [])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const years = perYear.map(([y]) => y);
  // Items per theme, and per year in the table: a theme's items counted in the year of their report.
  const yearByUrl = new Map(reports.map((r) => [r.url, yearOf(r)]));
  const themeRows = themes
    .filter((t) => t.count > 0)
    .map((t) => {
      const byYear = tally(t.groups.flatMap((g) => g.items.flatMap((i) => yearByUrl.get(i.report.url) ?? [])));
      return { name: t.name, total: t.count, byYear };
    })
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "nb"));
  const themeTable: OverviewTable = {
    columns: [...years, ui.count],
    rows: themeRows.map((t) => ({
      label: t.name,
      cells: [...years.map((y) => formatNumber(t.byYear.get(y) ?? 0, lang)), formatNumber(t.total, lang)],
    })),
  };
  const statusCounts = tally(solutions.map((s) => s.status));
  const perStatus = solutionStatuses.flatMap((s): Array<[string, number]> =>
    statusCounts.has(s) ? [[ui[SOLUTION_STATUS_LABEL[s]], statusCounts.get(s)!]] : [],
  );
  const perOrganiser = [...tally(reports.flatMap((r) => r.organisers.map((o) => o.name))).entries()].sort(
    ([a, m], [b, n]) => n - m || a.localeCompare(b, "nb"),
  );
  return [
    figure("rapporter-per-ar", ui.reportsPerYear, perYear, ui, lang),
    figure(
      "punkter-per-tema",
      ui.itemsPerTheme,
      themeRows.map((t) => [t.name, t.total]),
      ui,
      lang,
      themeTable,
    ),
    figure("losninger-per-status", ui.solutionsPerStatus, perStatus, ui, lang),
    figure("rapporter-per-arrangor", ui.reportsPerOrganiser, perOrganiser, ui, lang),
  ].filter((f) => f.table.rows.length > 0);
}
