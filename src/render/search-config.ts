/**
 * What the search page's script needs, as JSON in the page: where the index is,
 * which other languages' indexes to merge in (every language a report is
 * written in besides the site's), and its words in the site's language.
 */
import type { SiteModel } from "../model/types.ts";
import { withPrefix } from "./html.ts";
import { scriptJson } from "./metadata.ts";

export function searchConfig(site: SiteModel): string {
  const ui = site.ui;
  const config = {
    bundlePath: withPrefix(site.pathPrefix, "/pagefind/"),
    baseUrl: site.pathPrefix,
    lang: site.site.lang,
    languages: [...new Set(site.reports.map((r) => r.lang))].filter((l) => l !== site.site.lang).sort(),
    labels: {
      date: ui.date,
      organiser: ui.organiser,
      report: ui.kindReport,
      solution: ui.kindSolution,
      searching: ui.searchSearching,
      none: ui.searchNone,
      found: ui.searchFound,
      someMore: ui.searchSomeMore,
    },
  };
  // In a <script> element: «</script>» or «<!--» in a word must not end it.
  return scriptJson(config);
}
