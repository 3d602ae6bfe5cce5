/** The table grid: spans placed as HTML places them, header ids (H43), numeric columns, number formatting, CSV markers, totals. */
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/load/table-data.ts";
import { parseYamlFile } from "../../src/load/parse-file.ts";
import { buildTable, keepNumbersTogether } from "../../src/model/table.ts";
import {
  layoutSection,
  layoutTable,
  numericColumns,
  parseNumber,
  tableSource,
  totalMismatches,
  type TableBlock,
} from "../../src/validate/table-grid.ts";
import { table } from "../../src/schema/blocks/table.ts";
import type { TableCellModel } from "../../src/model/types/table.ts";

const NBSP = "\u00a0";

/** A table block from YAML, as validation would give it, with its document. */
function yamlTable(yaml: string) {
  const parsed = parseYamlFile("t.yaml", yaml);
  if (!parsed.ok) throw new Error(parsed.problem.rule);
  return { block: table.parse(parsed.doc.data) as TableBlock, doc: parsed.doc };
}

function csvTable(yaml: string, csv: string) {
  const { block, doc } = yamlTable(yaml);
  const parsed = parseCsv("t.csv", csv);
  if (!parsed.ok) throw new Error(parsed.problem.rule);
  return { block, doc, csv: parsed.table };
}

/** The grid as text: each cell as tag[attributes]:text, rows joined by " | ". */
const show = (rows: TableCellModel[][]) =>
  rows.map((r) =>
    r
      .map((c) => {
        const attrs = [
          c.scope && `scope=${c.scope}`,
          c.colspan && `colspan=${c.colspan}`,
          c.rowspan && `rowspan=${c.rowspan}`,
          c.numeric && "num",
        ].filter(Boolean);
        return `${c.header ? "th" : "td"}${attrs.length ? `[${attrs.join(",")}]` : ""}:${c.text ?? (c.list ? c.list.join("/") : "")}`;
      })
      .join(" | "),
  );

const twoLevels = `
kind: table
caption: Mål og tiltak
rowHeaders: true
head:
  - [{ text: Område, rowspan: 2 }, { text: Kommune, colspan: 2 }, { text: Sykehus, colspan: 2 }]
  - [Mål, Tiltak, Mål, Tiltak]
rows:
  - [{ text: Eldre, rowspan: 2 }, Trygt hjemme, Hverdagsrehabilitering, Færre reinnleggelser, Geriatrisk team]
  - [Velferdsteknologi, [Digital oppfølging, Opplæring], Kortere liggetid, Veiledning]
  - [Rus, Lavterskel, "", Poliklinikk, Krisetelefon]
`;

describe("placing cells", () => {
  it("places each cell in the first column no cell from a row above covers, and counts every row's width", () => {
    const { block, doc } = yamlTable(twoLevels);
    const { head, body } = tableSource(block, doc);
    const h = layoutSection(head);
    expect(h.rows[1]!.map((p) => p.col)).toEqual([1, 2, 3, 4]);
    expect(h.widths).toEqual([5, 5]);
    const b = layoutSection(body);
    expect(b.rows.map((r) => r.map((p) => p.col))).toEqual([
      [0, 1, 2, 3, 4],
      [1, 2, 3, 4],
      [0, 1, 2, 3, 4],
    ]);
    expect(b.widths).toEqual([5, 5, 5]);
    expect(b.overflow).toEqual([]);
  });

  it("reports a row span that reaches past its section, and cuts it to fit", () => {
    const { block, doc } = yamlTable("kind: table\ncaption: x\nrows:\n  - [{ text: a, rowspan: 3 }, b]\n  - [c]\n");
    const b = layoutSection(tableSource(block, doc).body);
    expect(b.overflow.map((p) => [p.cell.value, p.rowspan])).toEqual([["a", 2]]);
  });

  it("keeps a total row apart (tfoot): a row span cannot reach into it", () => {
    const { block, doc } = yamlTable(
      "kind: table\ncaption: x\ntotal: true\nrows:\n  - [a, 1]\n  - [b, 2]\n  - [Sum, 3]\n",
    );
    const layout = layoutTable(tableSource(block, doc), block.total);
    expect([layout.body.rows.length, layout.foot.rows.length, layout.columns]).toEqual([2, 1, 2]);
  });
});

describe("the grid a table block renders", () => {
  it("gives two header levels ids, and every cell the ids of its column and row headers", () => {
    const { block, doc } = yamlTable(twoLevels);
    const grid = buildTable(block, tableSource(block, doc), { anchor: "mal", lang: "nb" });
    expect(show(grid.head)).toEqual([
      "th[scope=col,rowspan=2]:Område | th[scope=colgroup,colspan=2]:Kommune | th[scope=colgroup,colspan=2]:Sykehus",
      "th[scope=col]:Mål | th[scope=col]:Tiltak | th[scope=col]:Mål | th[scope=col]:Tiltak",
    ]);
    expect(grid.head[0]!.map((c) => c.id)).toEqual(["mal-h1-1", "mal-h1-2", "mal-h1-4"]);
    expect(grid.head[1]!.map((c) => c.headers)).toEqual(["mal-h1-2", "mal-h1-2", "mal-h1-4", "mal-h1-4"]);
    // The row header reaches down two rows: the second row's cells name it too.
    expect(grid.body[0]![0]).toMatchObject({
      header: true,
      scope: "row",
      rowspan: 2,
      id: "mal-r1-1",
      headers: "mal-h1-1",
    });
    expect(grid.body[0]![1]!.headers).toBe("mal-h1-2 mal-h2-2 mal-r1-1");
    expect(grid.body[1]![0]).toMatchObject({
      header: false,
      headers: "mal-h1-2 mal-h2-2 mal-r1-1",
      text: "Velferdsteknologi",
    });
    expect(grid.body[1]![1]).toMatchObject({
      list: ["Digital oppfølging", "Opplæring"],
      headers: "mal-h1-2 mal-h2-3 mal-r1-1",
    });
    expect(grid.body[2]![4]!.headers).toBe("mal-h1-4 mal-h2-5 mal-r3-1");
    // An empty cell stays a cell, with nothing in it.
    expect(grid.body[2]![2]).toEqual({ header: false, headers: "mal-h1-2 mal-h2-3 mal-r3-1" });
    expect(grid.colgroups).toEqual([1, 2, 2]);
    expect([grid.id, grid.captionId, grid.columns, grid.width]).toEqual(["mal-table", "mal-caption", 5, undefined]);
  });

  it("uses scope alone for one header row, and a data cell for an empty corner", () => {
    const { block, doc } = yamlTable(
      "kind: table\ncaption: x\nrowHeaders: true\nhead: [['', A, B]]\nrows:\n  - [Rad, 1, 2]\n",
    );
    const grid = buildTable(block, tableSource(block, doc), { anchor: "t", lang: "nb" });
    expect(show(grid.head)).toEqual(["td: | th[scope=col,num]:A | th[scope=col,num]:B"]);
    expect(show(grid.body)).toEqual(["th[scope=row]:Rad | td[num]:1 | td[num]:2"]);
    expect(grid.body[0]!.some((c) => c.id || c.headers)).toBe(false);
    expect(grid.colgroups).toEqual([]);
  });

  it("right-aligns a column whose every filled cell is a number, and formats YAML numbers the Norwegian way", () => {
    const { block, doc } = yamlTable(`
kind: table
caption: Budsjett
total: true
head: [[Tiltak, "2024", Beløp, Andel, Merknad]]
rows:
  - [Familieteam, 2024, 14000, "20 %", Ny]
  - [Krisetelefon, 2025, 1234567.5, "1,5 %", "14 000 kroner"]
  - [Ettervern, 2025, –, "", "–"]
  - [Sum, "", 1248567.5, "21,5 %", ""]
`);
    const grid = buildTable(block, tableSource(block, doc), { anchor: "b", lang: "nb" });
    // A number in a header is a label: 2024, not 2 024.
    expect(show(grid.head)).toEqual([
      "th[scope=col]:Tiltak | th[scope=col,num]:2024 | th[scope=col,num]:Beløp | th[scope=col,num]:Andel | th[scope=col]:Merknad",
    ]);
    expect(show(grid.body)[1]).toBe(
      `td:Krisetelefon | td[num]:2${NBSP}025 | td[num]:1${NBSP}234${NBSP}567,5 | td[num]:1,5${NBSP}% | td:14${NBSP}000 kroner`,
    );
    expect(show(grid.body)[2]).toBe("td:Ettervern | td[num]:2\u00a0025 | td[num]:– | td[num]: | td:–");
    expect(show(grid.foot)).toEqual([
      `td:Sum | td[num]: | td[num]:1${NBSP}248${NBSP}567,5 | td[num]:21,5${NBSP}% | td:`,
    ]);
    expect(grid.body[0]![2]!.className).toBe("num");
    expect(grid.body[0]![4]!.className).toBe("data-table__word");
  });

  it("marks 7 columns as wide and 10 as very wide", () => {
    const wide = (n: number) => {
      const { block, doc } = yamlTable(
        `kind: table\ncaption: x\nrows:\n  - [${Array.from({ length: n }, (_, i) => i).join(", ")}]\n`,
      );
      return buildTable(block, tableSource(block, doc), { anchor: "w", lang: "nb" }).width;
    };
    expect([wide(6), wide(7), wide(9), wide(10)]).toEqual([undefined, "wide", "wide", "very-wide"]);
  });
});

describe("tables from CSV", () => {
  const yaml = "kind: table\ncaption: x\ndata: t.csv\nheaderRows: 2\nrowHeaders: true\n";

  it("merges «<» into the cell on its left and «^^» into the cell above, each within head or body", () => {
    const { block, doc, csv } = csvTable(
      yaml,
      "Innsatsområde;Kommunene;<;Sykehuset;<\n^^;Mål;Tiltak;Mål;Tiltak\nEldre;Hjemme;Rehabilitering;Færre;Team\n^^;Trygt;Teknologi;Kortere;Veiledning\n",
    );
    const source = tableSource(block, doc, csv);
    expect(source.stray).toEqual([]);
    const grid = buildTable(block, source, { anchor: "c", lang: "nb" });
    expect(show(grid.head)).toEqual([
      "th[scope=col,rowspan=2]:Innsatsområde | th[scope=colgroup,colspan=2]:Kommunene | th[scope=colgroup,colspan=2]:Sykehuset",
      "th[scope=col]:Mål | th[scope=col]:Tiltak | th[scope=col]:Mål | th[scope=col]:Tiltak",
    ]);
    expect(show(grid.body)).toEqual([
      "th[scope=row,rowspan=2]:Eldre | td:Hjemme | td:Rehabilitering | td:Færre | td:Team",
      "td:Trygt | td:Teknologi | td:Kortere | td:Veiledning",
    ]);
  });

  it("reports a marker with nothing to merge into, where it stands, and keeps it as an empty cell", () => {
    const { block, doc, csv } = csvTable(yaml, "<;A\n^^;B\n^^;1\n");
    const source = tableSource(block, doc, csv);
    expect(source.stray.map((s) => [s.marker, "at" in s.where && s.where.at])).toEqual([
      ["<", { line: 1, column: 1 }],
      ["^^", { line: 3, column: 1 }],
    ]);
    expect(source.body[0]!.cells.map((c) => c.value)).toEqual(["", 1]);
  });

  it("reads plain numbers as numbers, lines starting with «- » as a list, and drops columns empty in every row", () => {
    const { block, doc, csv } = csvTable(
      "kind: table\ncaption: x\ndata: t.csv\n",
      'A,B,C,,\n14000,1.5,"- en\n- to",,\n0150,"14 000",x,,\n',
    );
    const { body } = tableSource(block, doc, csv);
    expect(body.map((r) => r.cells.map((c) => c.value))).toEqual([
      [14000, 1.5, ["en", "to"]],
      ["0150", "14 000", "x"],
    ]);
  });
});

describe("numbers", () => {
  it("reads numbers as Norwegian (and English) readers write them", () => {
    const nb = (s: string | number) => parseNumber(s, "nb");
    expect(nb("14 000")).toEqual({ value: 14000, percent: false, decimals: 0 });
    expect(nb(`14${NBSP}000`)?.value).toBe(14000);
    expect(nb("1,5")).toEqual({ value: 1.5, percent: false, decimals: 1 });
    expect(nb("20 %")).toEqual({ value: 20, percent: true, decimals: 0 });
    expect(nb("−3")?.value).toBe(-3);
    expect(nb("+2 100")?.value).toBe(2100);
    expect(nb(12.25)).toEqual({ value: 12.25, percent: false, decimals: 2 });
    for (const text of ["14.000", "1 5", "ca. 40", "≤ 12 %", "2024-01-01", "", "–"])
      expect(nb(text), text).toBeUndefined();
    expect(parseNumber("14,000.5", "en")?.value).toBe(14000.5);
    expect(parseNumber("1,5", "en")).toBeUndefined();
  });

  it("keeps a number and its unit on one line", () => {
    expect(keepNumbersTogether("≤ 1 800 og 20 % av 14 000")).toBe(`≤${NBSP}1${NBSP}800 og 20${NBSP}% av 14${NBSP}000`);
  });

  it("checks a total row column by numeric column, at the precision written, leaving per cent alone", () => {
    const { block, doc } = yamlTable(`
kind: table
caption: x
rowHeaders: true
total: true
head: [[Tiltak, Kommune, Sykehus, Andel, Merknad]]
rows:
  - [A, 550000, "1 200,25", "40 %", x]
  - [B, –, "675,5", "60 %", ""]
  - [Sum, 550000, "1 875,70", "99 %", ""]
`);
    const layout = layoutTable(tableSource(block, doc), true);
    expect(numericColumns(layout, true, "nb")).toEqual([false, true, true, true, false]);
    expect(totalMismatches(layout, true, "nb").map((m) => [m.name, m.total, m.sum])).toEqual([
      ["Sykehus", 1875.7, 1875.75],
    ]);
  });
});
