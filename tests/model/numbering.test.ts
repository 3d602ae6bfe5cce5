import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { Numbering } from "../../src/model/numbering.ts";
import { nestHeadings } from "../../src/model/toc.ts";
import type { BlockModel, TocEntry } from "../../src/model/types.ts";
import { uiStrings } from "../../src/shared/i18n/index.ts";

describe("Numbering", () => {
  it("numbers headings by depth, parts apart, figures and tables per chapter", () => {
    const n = new Numbering(true, uiStrings("nb"));
    expect(n.part()).toBe("Del 1");
    expect([n.heading(0), n.heading(1), n.heading(2), n.heading(1), n.heading(3)]).toEqual([
      "1",
      "1.1",
      "1.1.1",
      "1.2",
      "1.2.0.1",
    ]);
    expect([n.label("figure"), n.label("figure"), n.label("table")]).toEqual(["Figur 1.1", "Figur 1.2", "Tabell 1.1"]);
    expect(n.heading(0)).toBe("2");
    expect(n.label("figure")).toBe("Figur 2.1");
    expect(n.part()).toBe("Del 2");
  });

  it("leaves titles as written when off, and counts figures through the report", () => {
    const n = new Numbering(false, uiStrings("en"));
    expect([n.heading(0), n.part()]).toEqual([undefined, undefined]);
    expect([n.label("figure"), n.label("figure"), n.label("table")]).toEqual(["Figure 1", "Figure 2", "Table 1"]);
  });
});

describe("nestHeadings", () => {
  const entry = (title: string): TocEntry => ({ anchor: title, title, children: [] });
  it("hangs each heading under the nearest one above it with less depth", () => {
    const tree = nestHeadings([
      { entry: entry("a"), depth: 0 },
      { entry: entry("a1"), depth: 1 },
      { entry: entry("a1x"), depth: 2 },
      { entry: entry("b"), depth: 0 },
      { entry: entry("b1"), depth: 1 },
    ]);
    const titles = (list: TocEntry[]): unknown[] =>
      list.map((e) => (e.children.length ? [e.title, titles(e.children)] : e.title));
    expect(titles(tree)).toEqual([
      ["a", [["a1", ["a1x"]]]],
      ["b", ["b1"]],
    ]);
  });
});

describe("a report with `numbering: true`", () => {
  const report = check("tests/fixtures/print/content").model!.reports.find((r) => r.id === "auto-nummerert")!;
  const walk = (list: BlockModel[]): BlockModel[] => list.flatMap((b) => [b, ...walk(b.children)]);
  const titles = (list: TocEntry[], depth = 9): unknown[] =>
    depth ? list.map((e) => (e.children.length ? [e.title, titles(e.children, depth - 1)] : e.title)) : [];

  it("numbers its contents once, headings in Markdown bodies included, a part as «Del 1», a foreword not at all", () => {
    expect(titles(report.toc)).toEqual([
      "Forord",
      [
        "Del 1 Hva vi fant",
        [
          ["1 Innledning", [["1.1 Bakgrunn", [["1.1.1 Reformens mål", ["1.1.1.1 Første evaluering"]]]], "1.2 Metode"]],
          ["2 Resultater", ["Avvik per år", ["2.1 Funn", ["2.1.1 Utskrivning"]]]],
        ],
      ],
      "3 Veien videre",
    ]);
    expect(report.numberedTitles).toBe(true);
  });

  it("keeps anchors free of the numbers, so links survive renumbering", () => {
    expect(walk(report.blocks).find((b) => b.tocLabel === "2.1 Funn")?.anchor).toBe("funn");
    expect(report.toc[1]!.children[0]!.children[0]!.anchor).toBe("bakgrunn");
  });

  it("numbers figures and tables by chapter", () => {
    expect(walk(report.blocks).flatMap((b) => ("numberLabel" in b && b.numberLabel ? [b.numberLabel] : []))).toEqual([
      "Figur 2.1",
      "Tabell 2.1",
    ]);
  });

  it("takes its contents depth from report.yaml, and folds a long contents on phones", () => {
    expect(report.contentsDepth).toEqual({ web: 3, print: 4 });
    expect(report.contentsCollapsible).toBe(true);
  });
});
