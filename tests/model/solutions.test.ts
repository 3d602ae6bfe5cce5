/** Solutions as the model makes them: mentions gathered from every report, newest first; filters per facet. */
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { solutionFacets } from "../../src/model/solutions.ts";
import type { SolutionModel } from "../../src/model/types.ts";
import { uiStrings } from "../../src/shared/i18n/index.ts";

const model = () => check("tests/fixtures/languages/content").model!;

describe("solutions", () => {
  it("gather every item and block that names them, from every report, newest report first, with the item's kind and words", () => {
    const byId = model().solutionsById;
    expect(
      byId["digitalt-tilsyn"]!.mentions.map((m) => [m.report.url, m.kind, m.kindLabel, m.title ?? m.text]),
    ).toEqual([
      ["/2024-11-05-bokmal/", "measure", "Tiltak", "Nattilsyn"],
      ["/2024-10-01-english/", "next-step", "Neste steg", "Try digital night-time checks in two districts"],
    ]);
  });

  it("are listed by name", () => {
    expect(model().solutions.map((s) => s.name)).toEqual([
      "Digitalt tilsyn om natten",
      "Felles vikarpool for kommunene og sykehuset",
    ]);
  });

  it("formats key figures' numbers in the site's language and orders adopters by year", () => {
    const pool = model().solutionsById["felles-vikarpool"]!;
    expect(pool.evidence!.figures.map((f) => f.value)).toEqual(["1\u00a0200", "−30 %"]);
    expect(pool.adoptedBy.map((a) => a.place)).toEqual(["Bergen", "Agder"]);
  });
});

describe("the bundled solutions", () => {
  it("are at least three, each told of in the report that describes it, one across two reports", () => {
    const bundled = check("content").model!.solutions;
    expect(bundled.length).toBeGreaterThanOrEqual(3);
    for (const s of bundled) expect(s.mentions.length, s.id).toBeGreaterThan(0);
    expect(bundled.some((s) => new Set(s.mentions.map((m) => m.report.url)).size >= 2)).toBe(true);
  });
});

describe("solution filters", () => {
  const ui = uiStrings("nb");
  const solution = (id: string, status: SolutionModel["status"], extra: Partial<SolutionModel> = {}): SolutionModel =>
    ({
      id,
      name: id,
      status,
      statusKey: status,
      statusLink: { label: status, url: `/losninger/status/${id}-${status}/` },
      sectors: [],
      themes: [],
      ...extra,
    }) as SolutionModel;

  it("group solutions under one page per value, statuses in their order, and leave out a facet no solution has", () => {
    const spread = { label: "Spredd", url: "/losninger/status/spredd/" };
    const idea = { label: "Idé", url: "/losninger/status/ide/" };
    const facets = solutionFacets(
      [
        solution("a", "spredd", { statusLink: spread, sectors: [{ label: "helse", url: "/losninger/sektor/helse/" }] }),
        solution("b", "idé", {
          statusLink: idea,
          sectors: [
            { label: "helse", url: "/losninger/sektor/helse/" },
            { label: "arbeid", url: "/losninger/sektor/arbeid/" },
          ],
        }),
      ],
      ui,
    );
    expect(
      facets.map((f) => [f.label, f.filters.map((x) => `${x.label}: ${x.solutions.map((s) => s.id).join(" ")}`)]),
    ).toEqual([
      ["Status", ["Idé: b", "Spredd: a"]],
      ["Sektor", ["arbeid: b", "helse: a b"]],
    ]);
  });
});
