/**
 * The Atom feed's entries: every report, and every solution from the day it
 * was added to the bank (`added`), newest first. A solution without that date
 * has no place in time and is left out of the feed (its page is in the sitemap).
 */
import type { Lang } from "../shared/i18n/index.ts";
import type { ReportModel, SolutionModel } from "./types.ts";
import type { FeedEntry } from "./types/feed.ts";

export function feedEntries(
  reports: readonly ReportModel[],
  solutions: readonly SolutionModel[],
  siteLang: Lang,
): FeedEntry[] {
  const entries: FeedEntry[] = [
    ...reports.map((r) => ({
      title: r.title,
      url: r.url,
      ...(r.date && { updated: r.date }),
      author: r.publisher,
      ...(r.summary && { summary: r.summary }),
      lang: r.lang,
    })),
    ...solutions.flatMap((s) =>
      s.added
        ? [
            {
              title: s.name,
              url: s.url,
              updated: s.added,
              author: s.owners.map((o) => o.name).join(", "),
              summary: s.summary,
              lang: siteLang,
            },
          ]
        : [],
    ),
  ];
  // Stable: same-day entries keep reports (in archive order) before solutions (by name).
  return entries
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => (b.updated ?? "").localeCompare(a.updated ?? "") || i - j)
    .map(([e]) => e);
}
