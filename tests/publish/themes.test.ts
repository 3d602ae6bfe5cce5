/**
 * Themes across the bundled reports, as built: the index with counts, a page
 * per theme whose every item links to an anchor that exists in its report,
 * theme tags on the report pages, and the archive filter by theme.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { check } from "../../src/pipeline/check.ts";
import { ids, read } from "../helpers/html.ts";

const model = check("content").model!;
let out: string;
beforeAll(async () => {
  out = await buildInto("content");
});

/** Each item on a theme page: the report page it links to, and the anchor. */
const itemLinks = (html: string) =>
  [...html.matchAll(/<a class="theme-item__link" href="\/([^"#]+)\/#([^"]+)">/g)].map((m) => ({
    report: m[1]!,
    anchor: m[2]!,
  }));

describe("themes across the bundled reports", () => {
  it("gather items from more than one report for at least three themes", () => {
    const shared = model.themes.filter((t) => t.reports.length > 1);
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const t of shared) {
      const reports = new Set(itemLinks(read(out, `tema/${t.id}/index.html`)).map((l) => l.report));
      expect(reports.size, t.id).toBeGreaterThan(1);
    }
  });

  it("link every item on a theme page to its exact place in its report", () => {
    for (const t of model.themes) {
      const links = itemLinks(read(out, `tema/${t.id}/index.html`));
      expect(links, t.id).toHaveLength(t.count);
      for (const { report, anchor } of links)
        expect(ids(read(out, `${report}/index.html`)), `${t.id} → ${report}#${anchor}`).toContain(anchor);
    }
  });

  it("group a theme's items under a heading per kind", () => {
    const page = read(out, "tema/frivillighet/index.html");
    const headings = [...page.matchAll(/<h2 class="theme-group__title"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(["Funn", "Forslag", "Innlegg og tekster", "Rapporter med temaet"]);
  });

  it("show every theme with its counts on the theme index", () => {
    const index = read(out, "tema/index.html");
    expect(index).toContain("<title>Temaer – Samling</title>");
    for (const t of model.themes) {
      expect(index).toContain(`<a class="theme-index__name" href="/tema/${t.id}/">${t.name}</a>`);
      expect(index).toContain(
        `${t.count} punkt${t.count === 1 ? "" : "er"}, ${t.reports.length} rapport${t.reports.length === 1 ? "" : "er"}`,
      );
    }
  });

  it("tag items on the report page with links to their themes, and to the solution an item tells of", () => {
    const page = read(out, "2024-10-25-agder-partnerskapsmote/index.html");
    expect(page).toMatch(
      /<li id="[^"]+"><span class="titled-list__rank"[^>]*>1\.<\/span> <span class="titled-list__body"><strong>Oppgavedeling og samarbeid:<\/strong>[^]*?<span class="theme-tags" data-pagefind-ignore><span class="visually-hidden">Temaer:<\/span> <a class="theme-tag" href="\/tema\/oppgavedeling\/">Oppgavedeling<\/a> <a class="theme-tag" href="\/tema\/samarbeid\/">Samarbeid på tvers<\/a> <a class="solution-tag" href="\/losninger\/kombistillinger\/">Løsning: Kombistillinger mellom sykehus og kommune<\/a><\/span>/,
    );
  });

  it("end each report page with the other reports on its themes, most themes in common first", () => {
    const page = read(out, "2025-05-20-nordre-follo-sammen2035/index.html");
    const related = page.slice(page.indexOf('<aside class="related"'));
    const links = [...related.matchAll(/<li class="related__item"[^>]*>\s*<a href="\/([^"]+)\/">/g)].map((m) => m[1]);
    expect(links).toEqual(["2024-10-25-agder-partnerskapsmote", "2025-aldersvennlig-forventningsgap"]);
    const first = related.slice(0, related.indexOf("</li>"));
    const shared = [...first.matchAll(/class="theme-tag" href="\/tema\/([^/]+)\/"/g)].map((m) => m[1]).sort();
    const own = (id: string) => new Set(model.reports.find((r) => r.id === id)!.themes.map((t) => t.id));
    const agder = own("2024-10-25-agder-partnerskapsmote");
    expect(shared).toEqual([...own("2025-05-20-nordre-follo-sammen2035")].filter((t) => agder.has(t)).sort());
  });

  it("filter the archive by theme, with static pages that need no JavaScript", () => {
    const archive = read(out, "index.html");
    const used = model.themes.filter((t) => t.reports.length > 0);
    for (const t of used) expect(archive).toContain(`<a href="/tema/${t.id}/">${t.name} (${t.reports.length})</a>`);
    const page = read(out, "tema/oppgavedeling/index.html");
    const reportLinks = [...page.matchAll(/<ul class="theme-reports">([^]*?)<\/ul>/g)][0]![1]!;
    expect([...reportLinks.matchAll(/href="\/([^"]+)\/"/g)].map((m) => m[1])).toEqual([
      "2025-05-20-nordre-follo-sammen2035",
      "2024-10-25-agder-partnerskapsmote",
    ]);
    // The solutions on the theme, in their own list.
    const solutionLinks = /<ul class="theme-reports theme-solutions">([^]*?)<\/ul>/.exec(page)![1]!;
    expect([...solutionLinks.matchAll(/href="\/([^"]+)\/"/g)].map((m) => m[1])).toEqual([
      "losninger/kombistillinger",
      "losninger/oppgavebasert-mikrolaering",
      "losninger/oppgavedeling-hjemmesykepleien",
    ]);
  });
});
