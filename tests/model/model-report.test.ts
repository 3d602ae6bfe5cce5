import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import type { BlockModel, BlockModelOf, ReportModel } from "../../src/model/types.ts";
import type { BlockKind } from "../../src/schema/blocks/index.ts";

const model = check("tests/fixtures/valid/content", { drafts: true }).model!;
const report = model.reports.find((r) => r.id === "2024-03-01-alle-blokker") as ReportModel;
const block = <K extends BlockKind>(kind: K): BlockModelOf<K> => {
  const walk = (list: BlockModel[]): BlockModel[] => list.flatMap((b) => [b, ...walk(b.children)]);
  return walk(report.blocks).find((b) => b.kind === kind) as BlockModelOf<K>;
};

describe("modelReport", () => {
  it("takes the folder name as id and address", () => {
    expect(report.url).toBe("/2024-03-01-alle-blokker/");
  });
  it("puts top-level blocks at h2 and a section's blocks at h3", () => {
    expect(block("section")).toMatchObject({ level: 2, sublevel: 3, anchor: "del-en" });
    expect(block("programme")).toMatchObject({ level: 3, sublevel: 4 });
  });
  it("keeps a block without heading at its parent's level for what is inside it", () => {
    expect(block("closing")).toMatchObject({ level: 2, sublevel: 2 });
    expect(block("closing").heading).toBeUndefined();
  });
  it("heads a poll or group task without title by its question", () => {
    expect(block("poll")).toMatchObject({ heading: "Menti: Hva er viktigst? (50 svar)", tocLabel: "Hva er viktigst?" });
    expect(block("group-task")).toMatchObject({ heading: "Oppgave 2: Hvordan sikre felles kommunikasjon?" });
  });
  it("computes a participants total that was not stated", () => expect(block("participants").total).toBe(1234));
  it("anchors questions by id or by their text", () =>
    expect(block("questions").itemAnchors).toEqual(["hvordan-deler-vi-kunnskap", "tillit"]));
  it("builds a table of contents with questions and section blocks under their heading", () => {
    const toc = Object.fromEntries(report.toc.map((e) => [e.title, e.children.map((c) => c.title)]));
    expect(toc["En del med egne blokker"]).toEqual(["Program", "Nøkkeltall", "Faser", "Ventetid per kvartal"]);
    expect(toc["Spørsmålene"]).toEqual(["Hvordan deler vi kunnskap?", "Hvordan bygger vi tillit?"]);
    // Every entry has a title of its own: none is empty or the word «undefined».
    expect(Object.keys(toc).filter((t) => !t.trim() || t === "undefined")).toEqual([]);
    expect(Object.keys(toc).length).toBe(report.toc.length);
  });
  it("leaves drafts out unless previewing, newest first", () => {
    expect(check("tests/fixtures/valid/content").model!.reports.map((r) => r.id)).toEqual(["2024-03-01-alle-blokker"]);
    expect(model.reports.map((r) => r.id)).toEqual(["2024-03-01-alle-blokker", "2024-01-01-utkast"]);
  });
  it("uses the report's language for interface words", () => {
    expect(model.reports[1]!.ui.contents).toBe("Contents");
    expect(report.ui.contents).toBe("Innhold");
  });
});
