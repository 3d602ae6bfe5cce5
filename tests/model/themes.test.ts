/** Themes in the model: every item gets an anchor, themed items are gathered per theme, grouped by kind. */
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { listAt } from "../../src/model/items.ts";
import { themeLinker } from "../../src/model/themes.ts";
import type { BlockModel, ThemeModel } from "../../src/model/types.ts";

const model = check("tests/fixtures/valid/content").model!;
const report = model.reports[0]!;
const block = (kind: string): BlockModel => {
  const walk = (list: BlockModel[]): BlockModel[] => list.flatMap((b) => [b, ...walk(b.children)]);
  return walk(report.blocks).find((b) => b.kind === kind)!;
};
const theme = (id: string): ThemeModel => model.themes.find((t) => t.id === id)!;

describe("item anchors", () => {
  it("anchors each finding by its question, part and place, or by its own id", () => {
    const answers = block("questions").lists.answers as Record<string, Record<string, Array<{ anchor: string }>>>;
    expect(answers[0]!.funn!.map((i) => i.anchor)).toEqual(["hvordan-deler-vi-kunnskap-funn-1", "nettverk"]);
    expect(answers[0]!.steg!.map((i) => i.anchor)).toEqual(["hvordan-deler-vi-kunnskap-steg-1"]);
    expect(answers[1]!.funn!.map((i) => i.anchor)).toEqual(["tillit-funn-1"]);
  });
  it("anchors proposals, measures, mat items, recurring answers and next steps by their block", () => {
    const task = block("group-task");
    expect([...listAt(task.lists, "proposals"), ...listAt(task.lists, "measures")].map((i) => i.anchor)).toEqual(
      [1, 2, 3].map((n) => `${task.anchor}-${n}`),
    );
    expect(listAt(block("workshop-mat").lists, "columns", "1").map((i) => i.text)).toEqual(["**Samarbeid:** vilje"]);
    expect(listAt(block("next-steps").lists, "items").map((i) => i.anchor)).toEqual([
      "test-forankring",
      "veien-videre-2",
    ]);
    expect(listAt(block("recurring-answers").lists, "items")[0]).toMatchObject({
      title: "Alle må med",
      anchor: "gjennomgaende-svar-1",
    });
  });
  it("gives items their themes as links in the report's language", () => {
    const [line] = listAt(block("questions").lists, "answers", "0", "funn");
    expect(line!.themes).toEqual([{ id: "kunnskapsdeling", name: "Kunnskapsdeling", url: "/tema/kunnskapsdeling/" }]);
    expect(block("text").themeLinks.map((t) => t.id)).toEqual(["kunnskapsdeling"]);
  });
});

describe("theme pages", () => {
  it("lists every theme of the vocabulary, alphabetically, used or not", () => {
    expect(model.themes.map((t) => [t.name, t.count])).toEqual([
      ["Et tema ingen bruker", 0],
      ["Kommunikasjon", 5],
      ["Kunnskapsdeling", 5],
    ]);
  });
  it("groups a theme's items by kind, in a fixed order, each with its report and anchor", () => {
    expect(theme("kunnskapsdeling").groups.map((g) => [g.label, g.items.map((i) => i.anchor)])).toEqual([
      ["Funn", ["hvordan-deler-vi-kunnskap-funn-1", "nettverk", `${block("workshop-mat").anchor}-1`]],
      ["Gjennomgående svar", ["gjennomgaende-svar-1"]],
      ["Innlegg og tekster", [block("text").anchor]],
    ]);
    expect(theme("kommunikasjon").groups.map((g) => g.kind)).toEqual([
      "finding",
      "proposal",
      "measure",
      "next-step",
      "passage",
    ]);
    const [finding] = theme("kunnskapsdeling").groups[0]!.items;
    expect(finding).toMatchObject({
      text: "Møteplasser",
      context: "Hvordan deler vi kunnskap? – Hovedfunn",
      report: { url: report.url, title: report.title },
    });
  });
  it("names a quote without a title by its words, not by its report's title", () => {
    const [quote] = theme("kommunikasjon").groups.find((g) => g.kind === "passage")!.items;
    expect(quote).toMatchObject({ text: "Det viktigste er å starte.", anchor: block("quote").anchor });
    expect(quote).not.toHaveProperty("title");
  });
  it("names the reports a theme gathers from, and a theme's description", () => {
    expect(theme("kunnskapsdeling").reports.map((r) => r.id)).toEqual([report.id]);
    expect(theme("kunnskapsdeling").description).toBe("Å dele det som virker.");
    expect(theme("ubrukt").reports).toEqual([]);
  });
  it("names a theme in each language, falling back to bokmål", () => {
    const link = themeLinker([
      { id: "kunnskapsdeling", name: { nb: "Kunnskapsdeling", en: "Knowledge sharing" } },
      { id: "kommunikasjon", name: { nb: "Kommunikasjon" } },
    ]);
    expect(link("kunnskapsdeling", "en").name).toBe("Knowledge sharing");
    expect(link("kommunikasjon", "nn").name).toBe("Kommunikasjon");
  });
});
