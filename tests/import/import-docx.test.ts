/**
 * `samling import`: a Word document made in the test (tests/import/make-docx.ts)
 * becomes a draft report that passes `check` with exactly the expected warning,
 * builds into a page and a PDF, and keeps the document's words.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { importDocx, type ImportResult } from "../../src/import/import-docx.ts";
import { importSummary } from "../../src/import/summary.ts";
import { buildInto } from "../helpers/build.ts";
import { normalize } from "../helpers/pdf.ts";
import { Paragraph, Table, TableCell, TableRow } from "docx";
import { docxFile, evaluationReport, heading } from "./make-docx.ts";

const REPORT = "2023-03-15-evaluering-av-hverdagsrehabilitering";

function emptySite(): string {
  const content = join(mkdtempSync(join(tmpdir(), "samling-import-")), "content");
  mkdirSync(join(content, "reports"), { recursive: true });
  writeFileSync(join(content, "site.yaml"), "name: Testkommune\n");
  return content;
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();

let content: string;
let docx: string;
let result: ImportResult;
beforeAll(async () => {
  content = emptySite();
  docx = join(content, "..", "evaluering.docx");
  writeFileSync(docx, await evaluationReport());
  result = await importDocx({
    file: docx,
    contentDir: content,
    projectDir: process.cwd(),
    date: "2023-03-15",
    today: "2025-01-01",
  });
});

const read = (file: string) => readFileSync(join(content, "reports", REPORT, file), "utf8");

describe("importing a Word document", () => {
  it("makes a report folder named as `new` names one: chapters as section folders, their sections as blocks, images in bilder/", () => {
    expect(result.ok).toBe(true);
    expect(filesIn(join(content, "reports", REPORT))).toEqual([
      "01-innledning.md",
      "02-innledning/01-tekst.md",
      "02-innledning/02-bakgrunn.md",
      "02-innledning/03-tabell.yaml",
      "02-innledning/04-figur.yaml",
      "02-innledning/index.yaml",
      "03-resultater/01-tekst.md",
      "03-resultater/02-figur.yaml",
      "03-resultater/03-anbefalinger.md",
      "03-resultater/index.yaml",
      "bilder/bilde-1.png",
      "bilder/bilde-2.png",
      "report.yaml",
    ]);
    expect(read("report.yaml")).toMatch(
      /^title: Evaluering av hverdagsrehabilitering\ndate: 2023-03-15 {3}# som oppgitt\n/m,
    );
    expect(read("report.yaml")).toContain("status: draft");
    expect(read("02-innledning/index.yaml")).toContain("kind: section\ntitle: Innledning\n");
  });

  it("keeps the wording, bold and italic, nested lists, quotes, deeper headings and footnotes in the file that refers to them", () => {
    expect(read("02-innledning/01-tekst.md")).toBe(
      "Hverdagsrehabilitering ble innført i **alle** soner i 2021[^1]. Les mer hos [Helsedirektoratet](https://www.helsedirektoratet.no/) eller i skjemaet.\n\n[^1]: Kilde: kommunens egne tall for 2021–2023.\n",
    );
    expect(read("02-innledning/02-bakgrunn.md")).toBe(
      [
        "---",
        "title: Bakgrunn",
        "---",
        "*Tjenestene* ble organisert i tre trinn[^2]:",
        "",
        "- Kartlegging hjemme hos brukeren\n  - Felles mål for de neste seks ukene\n- Oppfølging hver uke",
        "",
        "1. Henvisning fra fastlegen\n2. Første hjemmebesøk\n   1. Innen tre dager",
        "",
        "> Jeg fikk livet mitt tilbake.",
        "",
        "### Metode",
        "",
        "Vi intervjuet 24 brukere og 11 ansatte.",
        "",
        "[^2]: Se vedlegg 2 for hele modellen.",
        "",
      ].join("\n"),
    );
  });

  it("makes a table with merged cells a table block with its spans and its «Tabell» caption; a simple one a Markdown table", () => {
    expect(read("02-innledning/03-tabell.yaml")).toContain(
      "kind: table\ncaption: Brukere per sone\nhead:\n  - - text: Sone\n      rowspan: 2\n    - text: Brukere\n      colspan: 2\n  - - '2022'\n    - '2023'\nrows:\n  - - Nord\n",
    );
    expect(read("03-resultater/01-tekst.md")).toContain(
      "| Mål | Verdi |\n| --- | --- |\n| Brukere som klarte seg selv | 73 % |",
    );
  });

  it("places images as figures with the document's alt text and «Figur» caption, and invents none", () => {
    expect(read("02-innledning/04-figur.yaml")).toContain(
      "kind: figure\nsrc: ../bilder/bilde-1.png\nalt: Kart over de tre sonene i kommunen\ncaption: Sonene i kommunen\n",
    );
    expect(read("03-resultater/02-figur.yaml")).not.toContain("alt:");
  });

  it("passes check with exactly one warning: the image without alt text, at its file and line", () => {
    const checked = check(content, { drafts: true });
    expect(checked.diagnostics.map((d) => `${d.severity} ${d.rule} ${relative(content, d.file)}:${d.line}`)).toEqual([
      `warning image/no-alt reports/${REPORT}/03-resultater/02-figur.yaml:3`,
    ]);
  });

  it("says what it made and what needs a human", () => {
    if (!result.ok) throw new Error(result.reason);
    expect(importSummary(result, `content/reports/${REPORT}`)).toBe(
      [
        `Importert evaluering.docx → content/reports/${REPORT}/ (utkast)`,
        "2 kapitler, 5 tekstblokker, 2 tabeller, 2 bilder (1 uten alternativ tekst), 2 fotnoter.",
        "",
        "Sjekk:",
        `  - content/reports/${REPORT}/03-resultater/02-figur.yaml: bildet mangler alternativ tekst (alt) – skriv hva det viser`,
        "  - lenken «javascript:alert(1)» ble fjernet (farlig adresse); teksten står igjen",
        "  - ukjente stiler ble lest som vanlig tekst: «Brødtekst innrykk»",
        `  - content/reports/${REPORT}/report.yaml: fyll inn sted, arrangør og sammendrag`,
        "",
        "Neste steg: npm run serve og se rapporten; npm run check viser det som gjenstår.",
        "",
      ].join("\n"),
    );
  });

  it("says the same in English with --lang en", () => {
    if (!result.ok) throw new Error(result.reason);
    expect(importSummary(result, `content/reports/${REPORT}`, "en")).toBe(
      [
        `Imported evaluering.docx → content/reports/${REPORT}/ (draft)`,
        "2 chapters, 5 text blocks, 2 tables, 2 images (1 without alternative text), 2 footnotes.",
        "",
        "To check:",
        `  - content/reports/${REPORT}/03-resultater/02-figur.yaml: the image has no alternative text (alt) – describe what it shows`,
        '  - the link "javascript:alert(1)" was removed (unsafe address); its text remains',
        '  - unknown styles were read as plain text: "Brødtekst innrykk"',
        `  - content/reports/${REPORT}/report.yaml: fill in the place, organiser and summary`,
        "",
        "Next: run npm run serve and look at the report; npm run check shows what is left to do.",
        "",
      ].join("\n"),
    );
  });

  it("never writes over a report that is there", async () => {
    const again = await importDocx({
      file: docx,
      contentDir: content,
      projectDir: process.cwd(),
      date: "2023-03-15",
      today: "2025-01-01",
    });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.reason).toMatch(/finnes fra før/);
  });

  it("builds into a page and a PDF that hold every word of the document", async () => {
    const out = await buildInto(content, { drafts: true, pdf: true });
    const words = (await mammoth.extractRawText({ path: docx })).value.split(/\s+/).map(normalize).filter(Boolean);
    const page = readFileSync(join(out, REPORT, "index.html"), "utf8")
      .replace(/<[^>]+>/g, " ")
      .replace(/&amp;/g, "&");
    const inPage = new Set(page.split(/\s+/).map(normalize));
    const kept = (found: Set<string>) => words.filter((w) => found.has(w)).length / words.length;
    expect(kept(inPage)).toBeGreaterThanOrEqual(0.99);
    const pdf = join(out, REPORT, `${REPORT}.pdf`);
    expect(existsSync(pdf)).toBe(true);
    const inPdf = new Set(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).split(/\s+/).map(normalize));
    expect(kept(inPdf)).toBeGreaterThanOrEqual(0.97);
  });
});

describe("a report written in English, with a table whose rows Word marks «not a header»", () => {
  it("is marked as English, and keeps the rows as rows (mammoth reads w:tblHeader false as a header)", async () => {
    const dir = emptySite();
    const file = join(dir, "..", "review.docx");
    const rows = [
      ["Month", "Visits"],
      ["January", "41"],
      ["February", "45"],
    ];
    writeFileSync(
      file,
      await docxFile(
        [
          heading(1, "1 Findings"),
          new Paragraph("Table 1.1: Visits per month"),
          new Table({
            rows: rows.map(
              (r, i) =>
                new TableRow({
                  tableHeader: i === 0,
                  children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })),
                }),
            ),
          }),
        ],
        {},
        { lang: "en-GB" },
      ),
    );
    const imported = await importDocx({
      file,
      contentDir: dir,
      projectDir: process.cwd(),
      date: "2024-06-01",
      today: "2025-01-01",
    });
    if (!imported.ok) throw new Error(imported.reason);
    expect(readFileSync(join(imported.dir, "report.yaml"), "utf8")).toContain("\nlang: en   # dokumentets språk\n");
    expect(readFileSync(join(imported.dir, "01-1-findings.md"), "utf8")).toBe(
      "---\ntitle: 1 Findings\n---\n| Month | Visits |\n| --- | --- |\n| January | 41 |\n| February | 45 |\n[Visits per month]\n",
    );
    expect(check(dir, { drafts: true }).diagnostics).toEqual([]);
  });
});
