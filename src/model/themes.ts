/**
 * Theme pages: for every theme in the vocabulary, the items that carry it
 * across all reports, grouped by kind, each pointing at its anchor.
 */
import type { Lang, UiStrings } from "../shared/i18n/index.ts";
import { ITEM_KINDS, type ItemKind } from "../schema/themable.ts";
import type { Theme } from "../schema/themes.ts";
import type { ReportModel, ThemeLink, ThemeModel } from "./types.ts";

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

const KIND_LABEL: Record<ItemKind, keyof UiStrings> = {
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

/** For each report, the others that share its themes: most themes in common first, then newest (the archive order). */
export function relateReports(reports: readonly ReportModel[]): void {
  for (const r of reports) {
    r.related = reports
      .filter((other) => other !== r)
      .map((other) => ({
        title: other.title,
        url: other.url,
        lang: other.lang,
        ...(other.date && { date: other.date }),
        ...(other.endDate && { endDate: other.endDate }),
        shared: r.themes.filter((t) => other.themes.some((o) => o.id === t.id)),
      }))
      .filter((x) => x.shared.length > 0)
      .sort((a, b) => b.shared.length - a.shared.length)
      .slice(0, MAX_RELATED);
  }
}

export function collectThemes(themes: readonly Theme[], reports: readonly ReportModel[], lang: Lang, ui: UiStrings): ThemeModel[] {
  return themes
    .map((theme): ThemeModel => {
      const groups = ITEM_KINDS.map((kind) => ({
        kind,
        label: ui[KIND_LABEL[kind]],
        items: reports.flatMap((r) =>
          r.themedItems.filter((i) => i.kind === kind && i.themes.includes(theme.id)).map((i) => ({ ...i, report: { title: r.title, url: r.url, lang: r.lang } })),
        ),
      })).filter((g) => g.items.length > 0);
      const description = theme.description?.[lang] ?? theme.description?.nb;
      return {
        id: theme.id,
        name: themeName(theme, lang),
        ...(description && { description }),
        url: themeUrl(theme.id),
        count: groups.reduce((n, g) => n + g.items.length, 0),
        reports: reports.filter((r) => r.themes.some((t) => t.id === theme.id)),
        groups,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}
