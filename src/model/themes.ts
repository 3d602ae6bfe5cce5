/**
 * Theme pages: for every theme in the vocabulary, the items that carry it
 * across all reports, grouped by kind, each pointing at its anchor.
 */
import type { Lang, UiStrings } from "../shared/i18n/index.ts";
import { ITEM_KINDS, type ItemKind } from "../schema/themable.ts";
import type { Theme } from "../schema/themes.ts";
import type { ReportModel, SolutionModel, ThemeLink, ThemeModel } from "./types.ts";

export const themeUrl = (id: string): string => `/tema/${id}/`;

export const themeName = (theme: Theme, lang: Lang): string => theme.name[lang] ?? theme.name.nb;

/** Looks up a theme's link in a language; validation has made sure every id is known. */
export function themeLinker(themes: readonly Theme[]): (id: string, lang: Lang) => ThemeLink {
  const byId = new Map(themes.map((t) => [t.id, t]));
  return (id, lang) => {
    const theme = byId.get(id);
    return { id, name: theme ? themeName(theme, lang) : id, url: themeUrl(id) };
  };
}

/** The interface string naming each kind of item, as theme and solution pages group and label them. */
export const KIND_LABEL: Record<ItemKind, keyof UiStrings> = {
  finding: "kindFindings",
  proposal: "kindProposals",
  measure: "kindMeasures",
  "recurring-answer": "kindRecurringAnswers",
  "next-step": "kindNextSteps",
  passage: "kindPassages",
};

const collator = new Intl.Collator("nb");

/** How many related reports a report page names. */
export const MAX_RELATED = 5;

/** A report's themes that relatedness is reckoned by: its first few (a report has two to five, as a rule). */
const COMPARED_THEMES = 8;

/** Every non-empty set of `ids`, as a key: «a», «a b», «b»… */
function subsetKeys(ids: readonly string[]): Array<{ key: string; size: number }> {
  const out: Array<{ key: string; size: number }> = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) {
    const members = ids.filter((_, i) => mask & (1 << i));
    out.push({ key: members.join(" "), size: members.length });
  }
  return out;
}

/**
 * For each report, the others that share its themes: most themes in common first, then newest (the
 * archive order). No pair of reports is compared: an index from each set of themes to the reports that
 * have them all (in archive order) gives, for a report, the few others with the most in common by
 * looking at the heads of its sets' lists — linear in the number of reports.
 */
export function relateReports(reports: readonly ReportModel[]): ReportModel[] {
  const themeIds = reports.map((r) => [...new Set(r.themes.map((t) => t.id))].sort().slice(0, COMPARED_THEMES));
  const havingAll = new Map<string, number[]>();
  themeIds.forEach((ids, i) => {
    for (const { key } of subsetKeys(ids)) (havingAll.get(key) ?? havingAll.set(key, []).get(key)!).push(i);
  });
  // New objects, not the given ones changed: a report's model may be kept and used again in another build (serve).
  return reports.map((r, i) => {
    const subsets = subsetKeys(themeIds[i]!);
    const chosen: number[] = [];
    // Reports with all of the most themes first; at each level, the newest not yet chosen.
    for (let size = themeIds[i]!.length; size >= 1 && chosen.length < MAX_RELATED; size--) {
      const level = new Set<number>();
      for (const s of subsets.filter((x) => x.size === size)) {
        let taken = 0;
        for (const j of havingAll.get(s.key) ?? []) {
          if (j === i || chosen.includes(j)) continue;
          level.add(j);
          if (++taken === MAX_RELATED) break; // the list is in archive order: later ones cannot come first
        }
      }
      chosen.push(...[...level].sort((a, b) => a - b).slice(0, MAX_RELATED - chosen.length));
    }
    const related = chosen.map((j) => {
      const other = reports[j]!;
      return {
        title: other.title,
        url: other.url,
        lang: other.lang,
        ...(other.date && { date: other.date }),
        ...(other.endDate && { endDate: other.endDate }),
        shared: r.themes.filter((t) => other.themes.some((o) => o.id === t.id)),
      };
    });
    return { ...r, related };
  });
}

/** What a theme page can be narrowed by: the years and organisers of its reports, and its kinds of item. */
function narrowChoices(
  reports: readonly ReportModel[],
  groups: ReadonlyArray<{ kind: ItemKind; label: string }>,
): ThemeModel["narrow"] {
  const years = [...new Set(reports.flatMap((r) => r.searchKeys.year || []))].sort().reverse();
  const organisers = new Map<string, string>();
  for (const r of reports)
    r.organisers.forEach((o, i) => organisers.set(r.searchKeys.organisers.split(" ")[i]!, o.name));
  return {
    years: years.map((y) => ({ key: y, label: y })),
    organisers: [...organisers]
      .map(([key, label]) => ({ key, label }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    kinds: groups.map((g) => ({ key: g.kind, label: g.label })),
  };
}

export function collectThemes(
  themes: readonly Theme[],
  reports: readonly ReportModel[],
  lang: Lang,
  ui: UiStrings,
  solutions: readonly SolutionModel[] = [],
): ThemeModel[] {
  return themes
    .map((theme): ThemeModel => {
      const groups = ITEM_KINDS.map((kind) => ({
        kind,
        label: ui[KIND_LABEL[kind]],
        items: reports.flatMap((r) =>
          r.themedItems
            .filter((i) => i.kind === kind && i.themes.includes(theme.id))
            .map((i) => ({
              ...i,
              report: {
                title: r.title,
                url: r.url,
                lang: r.lang,
                year: r.searchKeys.year,
                organisers: r.searchKeys.organisers,
              },
            })),
        ),
      })).filter((g) => g.items.length > 0);
      const description = theme.description?.[lang] ?? theme.description?.nb;
      const themed = reports.filter((r) => r.themes.some((t) => t.id === theme.id));
      return {
        id: theme.id,
        name: themeName(theme, lang),
        ...(description && { description }),
        url: themeUrl(theme.id),
        count: groups.reduce((n, g) => n + g.items.length, 0),
        reports: themed,
        narrow: narrowChoices(themed, groups),
        solutions: solutions
          .filter((s) => s.themes.some((t) => t.id === theme.id))
          .map((s) => ({ label: s.name, url: s.url })),
        groups,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}
