/** Each report as JSON, the archive as JSON, and the JSON Schemas that describe them. */
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { archiveOutput, OUTPUT_FORMAT, reportOutput, type BlockOutput } from "../../src/schema/output.ts";
import { ids, read } from "../helpers/html.ts";

let out: string;
beforeAll(async () => {
  out = await buildInto("tests/fixtures/valid/content");
});

const json = (file: string) => JSON.parse(read(out, file));

describe("open data", () => {
  it("publishes each report as JSON that its schema accepts, with anchors into its page", () => {
    const data = json("2024-03-01-alle-blokker/report.json");
    const parsed = reportOutput.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(data.report.title).toBe('Alle blokker <script>alert("tittel")</script>');
    const anchors: string[] = [];
    const walk = (blocks: BlockOutput[]) => blocks.forEach((b) => (anchors.push(b.anchor), walk(b.blocks ?? [])));
    walk(data.blocks);
    expect(anchors.length).toBeGreaterThan(10);
    const pageIds = ids(read(out, "2024-03-01-alle-blokker/index.html"));
    expect(anchors.filter((a) => !pageIds.includes(a))).toEqual([]);
    expect(JSON.stringify(data)).not.toMatch(/"(sublevel|itemAnchors|tocLabel|lists|themeLinks)"/);
    // Every finding, proposal, measure, recurring answer and next step: its place in the block → its anchor on the page.
    const questions = (data.blocks as BlockOutput[]).find((b) => b.kind === "questions")!;
    expect(questions.anchors).toMatchObject({
      "/items/0/answers/funn/0": "hvordan-deler-vi-kunnskap-funn-1",
      "/items/0/answers/funn/1": "nettverk",
    });
    const itemAnchors = (data.blocks as BlockOutput[]).flatMap((b) => Object.values(b.anchors ?? {}));
    expect(itemAnchors.length).toBeGreaterThan(10);
    expect(itemAnchors.filter((a) => !pageIds.includes(a))).toEqual([]);
  });

  it("publishes the archive as one JSON file of published reports", () => {
    const data = json("reports.json");
    expect(archiveOutput.safeParse(data).success).toBe(true);
    expect(data.reports.map((r: { id: string }) => r.id)).toEqual(["2024-03-01-alle-blokker"]);
    expect(data.reports[0]).toMatchObject({
      url: "/2024-03-01-alle-blokker/",
      json: "/2024-03-01-alle-blokker/report.json",
      date: "2024-03-01",
    });
    // Its themes, so the archive can be sorted by theme without reading every report.
    expect(data.reports[0].themes).toEqual([
      { id: "kunnskapsdeling", name: "Kunnskapsdeling", url: "/tema/kunnskapsdeling/" },
      { id: "kommunikasjon", name: "Kommunikasjon", url: "/tema/kommunikasjon/" },
    ]);
    expect(json("2024-03-01-alle-blokker/report.json").themes).toEqual(data.reports[0].themes);
  });

  it("says in each JSON file which version of its format it is", () => {
    for (const file of ["2024-03-01-alle-blokker/report.json", "reports.json", "losninger.json"]) {
      expect(Object.keys(json(file))[0], file).toBe("format");
      expect(json(file).format, file).toBe(OUTPUT_FORMAT);
    }
    expect(OUTPUT_FORMAT).toBe(1);
  });

  it("publishes the JSON Schemas that describe both", () => {
    for (const name of ["report", "archive"]) {
      const schema = json(`schema/${name}.schema.json`);
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.type).toBe("object");
    }
    expect(Object.keys(json("schema/report.schema.json").properties)).toEqual([
      "format",
      "id",
      "url",
      "json",
      "pdf",
      "themes",
      "report",
      "blocks",
    ]);
  });

  it("publishes JSON that its published JSON Schema accepts, as any other tool would check it", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const report = ajv.compile(json("schema/report.schema.json"));
    const data = json("2024-03-01-alle-blokker/report.json");
    expect(report(data), ajv.errorsText(report.errors)).toBe(true);
    expect(ajv.compile(json("schema/archive.schema.json"))(json("reports.json"))).toBe(true);
    // The schema is not a rubber stamp: an unknown key in a block is refused.
    data.blocks[0].unknown = 1;
    expect(report(data)).toBe(false);
  });
});
