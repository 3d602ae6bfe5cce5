/** A table's CSV file: read like any content file, parsed with csv-parse, every cell located. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/load/load-content.ts";
import { parseYamlFile } from "../../src/load/parse-file.ts";
import { csvReference, detectDelimiter, loadCsv, parseCsv } from "../../src/load/table-data.ts";

const shown = (abs: string) => abs;

describe("parseCsv", () => {
  it("finds the delimiter: comma, semicolon (Excel in Norwegian) or tab, outside quotes", () => {
    expect(detectDelimiter("a,b,c\n1;2;3")).toBe(",");
    expect(detectDelimiter('Kommune;"Innbyggere, 2024";Andel\n')).toBe(";");
    expect(detectDelimiter("a\tb\tc\n")).toBe("\t");
    expect(detectDelimiter("bare én kolonne\n")).toBe(",");
  });

  it("keeps the line of each record and the place of each cell, across line breaks in quoted cells", () => {
    const r = parseCsv("t.csv", 'A;B;C\n\n"to\nlinjer";x;y\n;;\nsist;" z ";\n');
    if (!r.ok) throw new Error("parse failed");
    expect(r.table.records.map((rec) => [rec.line, rec.cells])).toEqual([
      [1, ["A", "B", "C"]],
      [3, ["to\nlinjer", "x", "y"]],
      [6, ["sist", "z", ""]],
    ]);
    expect(r.table.records[1]!.positions).toEqual([
      { line: 3, column: 1 },
      { line: 4, column: 9 },
      { line: 4, column: 11 },
    ]);
    // The cells are the document's data, so the checks that read every text read them.
    expect(r.table.doc.data).toEqual(r.table.records.map((rec) => rec.cells));
  });

  it("reports a quote that is never closed at the line it opens, with a code frame", () => {
    const r = parseCsv("t.csv", 'a,b\n1,2\n\n"3,4\n5,6\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({
      file: "t.csv",
      line: 4,
      column: 1,
      rule: "table/csv-syntax",
      params: { code: "CSV_QUOTE_NOT_CLOSED" },
    });
    expect(r.problem.frame).toContain('> 4 | "3,4');
  });
});

describe("loading a table's CSV file", () => {
  const dir = mkdtempSync(join(tmpdir(), "samling-csv-"));
  const block = (yaml: string) => {
    const r = parseYamlFile(join(dir, "01.yaml"), yaml);
    if (!r.ok) throw new Error("yaml");
    return r.doc;
  };

  it("names only a plain .csv file beside the block", () => {
    expect(csvReference({ kind: "table", data: " tabell.csv " })).toBe("tabell.csv");
    for (const data of ["../x.csv", "sub/x.csv", "x.xlsx", 3])
      expect(csvReference({ kind: "table", data }), String(data)).toBeUndefined();
    expect(csvReference({ kind: "text", data: "x.csv" })).toBeUndefined();
  });

  it("reads it as content: BOM and CRLF gone, UTF-8 required; a missing file is reported at «data»", () => {
    writeFileSync(join(dir, "bom.csv"), "\uFEFFA;B\r\n1;2\r\n");
    expect(
      loadCsv(dir, "bom.csv", block("kind: table\ndata: bom.csv\n"), shown).table!.records.map((r) => r.cells),
    ).toEqual([
      ["A", "B"],
      ["1", "2"],
    ]);
    writeFileSync(join(dir, "latin1.csv"), Buffer.from([0x42, 0xe6, 0x72, 0x75, 0x6d, 0x0a]));
    expect(loadCsv(dir, "latin1.csv", block("kind: table\ndata: latin1.csv\n"), shown).problem?.rule).toBe(
      "file/encoding",
    );
    const missing = loadCsv(dir, "borte.csv", block("kind: table\ncaption: x\ndata: borte.csv\n"), shown).problem!;
    expect(missing).toMatchObject({ rule: "table/missing-data", line: 3, column: 7, params: { file: "borte.csv" } });
  });

  it("gives a referenced CSV file to its block, and reports one no table names as unused", () => {
    const content = mkdtempSync(join(tmpdir(), "samling-csv-content-"));
    const r = join(content, "reports", "r");
    writeFileSync(join(content, "site.yaml"), "name: x\n");
    mkdirSync(r, { recursive: true });
    writeFileSync(join(r, "report.yaml"), "title: x\n");
    writeFileSync(join(r, "01-tabell.yaml"), "kind: table\ncaption: x\ndata: tall.csv\n");
    writeFileSync(join(r, "tall.csv"), "A,B\n1,2\n");
    writeFileSync(join(r, "ubrukt.csv"), "A,B\n1,2\n");
    const loaded = loadContent(content);
    expect(loaded.reports[0]!.blocks[0]!.csv?.records.map((rec) => rec.cells)).toEqual([
      ["A", "B"],
      ["1", "2"],
    ]);
    expect(loaded.diagnostics.map((d) => [d.rule, d.params.name])).toEqual([["content/unknown-file", "ubrukt.csv"]]);
  });
});
