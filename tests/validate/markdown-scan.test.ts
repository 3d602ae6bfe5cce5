import { describe, expect, it } from "vitest";
import { scanMarkdown, tableCells } from "../../src/validate/markdown-scan.ts";

describe("scanMarkdown", () => {
  it("finds every link and image target with its line, unsafe ones included", () => {
    expect(scanMarkdown("a [x](https://a.no)\nb [y](javascript:z)\n\n![i](data:x)").links).toEqual([
      { href: "https://a.no", line: 0, needle: "https://a.no", image: false },
      { href: "javascript:z", line: 1, needle: "javascript:z", image: false },
      { href: "data:x", line: 3, needle: "data:x", image: true, alt: "i" },
    ]);
  });
  it("finds raw HTML, block and inline, once per element", () => {
    const { html } = scanMarkdown("<div>x</div>\n\nEn <b>fet</b> og <br> linje.");
    expect(html).toEqual([
      { line: 0, needle: "<div>x</div>" },
      { line: 2, needle: "<b>" },
      { line: 2, needle: "<br>" },
    ]);
  });
  it("does not take comparisons, autolinks or code for HTML", () => {
    expect(scanMarkdown("a < b og <https://a.no> og `<b>`").html).toEqual([]);
  });
  it("finds table rows with more cells than the header, and only those", () => {
    const rows = scanMarkdown("| A | B |\n| - | - |\n| 1 | 2 | 3 |\n| 4 |\n| 5 | 6 |").rows;
    expect(rows).toEqual([{ line: 2, needle: "| 1 | 2 | 3 |", cells: 3, header: 2 }]);
  });
  it("counts cells as markdown-it splits them: escaped pipes stay in the cell", () => {
    expect(tableCells("| a \\| b | c |")).toBe(2);
    expect(tableCells("a | b | c")).toBe(3);
  });
  it("counts a colspan (||) as the columns it covers: spanning headers and cells are not reported", () => {
    const table = [
      "|  | Kommunene || Sykehuset ||",
      "|  | 2023 | 2024 | 2023 | 2024 |",
      "| --- | ---: | ---: | ---: | ---: |",
      "| Innleggelser | 4 210 || 18 902 | 19 340 |",
      "| Liggedøgn | ^^ | 29 870 | 88 412 | 86 950 |",
      "| For mange | 1 | 2 | 3 | 4 | 5 |",
      "[Innleggelser og liggedøgn]",
    ].join("\n");
    expect(scanMarkdown(table).rows).toEqual([
      { line: 5, needle: "| For mange | 1 | 2 | 3 | 4 | 5 |", cells: 6, header: 5 },
    ]);
    expect(tableCells("| Kommunene || Sykehuset ||")).toBe(4);
  });
  it("counts cells as the tables plugin does: pipes in code stay in the cell, a row going on (\\) is one row", () => {
    expect(tableCells("| `a | b` | c |")).toBe(2);
    expect(tableCells("| a | b |\\")).toBe(2);
    expect(scanMarkdown("| A | B |\n| - | - |\n| lang | tekst |\\\n| går | videre |\n").rows).toEqual([]);
  });
  it("skips the parse for text with nothing to find", () =>
    expect(scanMarkdown("Bare tekst, 14 000 kroner.")).toEqual({
      links: [],
      html: [],
      rows: [],
      undefinedNotes: [],
      unusedNotes: [],
      notesInHeadings: [],
      citations: [],
      spanLangs: [],
    }));
});
