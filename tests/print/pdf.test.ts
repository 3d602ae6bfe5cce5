/**
 * The printed PDFs, checked the way a reader and a screen reader meet them:
 * nothing of the content lost at a page break, the contents' page numbers
 * right, tagged with language and title, fonts embedded, bookmarks for every
 * section in order, and the source report's text all there.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFBool, PDFDict, PDFName, PDFString } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { check } from "../../src/build/check.ts";
import type { ReportModel } from "../../src/model/types.ts";
import { bookmarksOf } from "../../src/print/print-step.ts";
import { headingLevels, read } from "../helpers/html.ts";
import { fonts, internalLinks, load, namedDestinations, normalize, outline, pageBodies, structureOrder, textIn } from "../helpers/pdf.ts";

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `samling-${name}-`));
const shared = join("..", "shared");
const seeds: Record<string, string> = {
  "2025-aldersvennlig-forventningsgap": "000_5b8fd6583c494a64.txt",
  "2025-05-20-nordre-follo-sammen2035": "001_a847713785e80a73.txt",
  "2024-10-25-agder-partnerskapsmote": "002_4a61705276aa5201.txt",
};

interface Built {
  out: string;
  reports: ReportModel[];
}

async function build(contentDir: string): Promise<Built> {
  const out = join(tmp("pdf"), "_site");
  const result = await buildSite({ contentDir, outDir: out, pdf: true, cacheDir: tmp("cache") });
  if (!result.ok) throw new Error(result.error ?? "build failed");
  return { out, reports: check(contentDir).model!.reports };
}

/**
 * What the report says, unit by unit: every paragraph, list item, table cell, term and heading of its body.
 * Theme tags are left out: they are links to the website's theme pages, and paper leaves them out on purpose.
 */
function contentUnits(html: string): string[] {
  const body = html
    .slice(html.indexOf('<div class="report__body">'), html.lastIndexOf("</article>"))
    .replace(/<span class="theme-tags"[^>]*>[\s\S]*?<\/a><\/span>/g, "");
  const units = [...body.matchAll(/<(p|li|td|th|dt|dd|h[2-6]|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    m[2]!.replace(/<[^>]+>/g, " ").replace(/&nbsp;|&#160;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"'),
  );
  return units.map(normalize).filter((u) => u.length > 0);
}

const pdfPath = (out: string, id: string) => join(out, id, `${id}.pdf`);

let bundled: Built;
let fixture: Built;
beforeAll(async () => {
  [bundled, fixture] = [await build("content"), await build("tests/fixtures/print/content")];
});

function checksFor(which: () => Built, ids: string[]) {
  for (const id of ids) {
    describe(id, () => {
      const file = () => pdfPath(which().out, id);
      const report = () => which().reports.find((r) => r.id === id)!;

      it("loses no paragraph, list item or table cell at a page break", () => {
        const pdf = normalize(pageBodies(file()).join(" "));
        const units = contentUnits(read(which().out, `${id}/index.html`));
        expect(units.length).toBeGreaterThan(5);
        expect(units.filter((u) => !pdf.includes(u))).toEqual([]);
      });

      it("prints, beside every entry of the contents, the page its heading is on", async () => {
        const doc = await load(file());
        const links = internalLinks(doc);
        const firstSection = Math.min(...links.filter((l) => l.page === 1).map((l) => l.target));
        const toc = links.filter((l) => l.page >= 1 && l.page < firstSection);
        const bodies = pageBodies(file());
        expect(toc).toHaveLength(bookmarksOf(report().toc).length);
        for (const link of toc) {
          const row = textIn(file(), link.page + 1, link.rect, doc.getPage(link.page).getHeight()).trim();
          const printed = /(\d+)\s*$/.exec(row)?.[1];
          expect(printed, row).toBe(String(link.target + 1));
          const title = normalize(row.replace(/\d+\s*$/, ""));
          expect(normalize(bodies[link.target]!), `«${row}» on page ${printed}`).toContain(title);
        }
      });

      it("is tagged, in the report's language, titled in the viewer's window, with every font embedded", async () => {
        const doc = await load(file());
        expect(doc.catalog.lookup(PDFName.of("MarkInfo"), PDFDict).get(PDFName.of("Marked"))).toBe(PDFBool.True);
        expect(doc.catalog.get(PDFName.of("StructTreeRoot"))).toBeDefined();
        expect((doc.catalog.get(PDFName.of("Lang")) as PDFString).decodeText()).toBe(report().lang);
        expect(doc.getTitle()).toBe(report().title);
        expect(doc.catalog.lookup(PDFName.of("ViewerPreferences"), PDFDict).get(PDFName.of("DisplayDocTitle"))).toBe(PDFBool.True);
        const list = fonts(file());
        expect(list.length).toBeGreaterThan(0);
        expect(list.filter((f) => !f.embedded)).toEqual([]);
      });

      it("reads in document order: its headings, in tree order, are the report's on its page (and the colophon's)", async () => {
        const doc = await load(file());
        const tagged = structureOrder(doc).filter((t) => /^H[1-6]$/.test(t)).map((t) => Number(t.slice(1)));
        // The report itself: the page's links to other reports after it are the website's, not the report's.
        const page = read(which().out, `${id}/index.html`);
        const article = page.slice(page.indexOf('<article class="report"'), page.lastIndexOf("</article>"));
        expect(tagged).toEqual([...headingLevels(article), 2]);
      });

      it("gives every figure alternative text (each chart is one)", async () => {
        const doc = await load(file());
        const figures = doc.context
          .enumerateIndirectObjects()
          .map(([, o]) => o)
          .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of("S")) === PDFName.of("Figure"));
        const charts = (read(which().out, `${id}/index.html`).match(/<svg class="chart"/g) ?? []).length;
        expect(figures).toHaveLength(charts);
        for (const f of figures) expect((f.get(PDFName.of("Alt")) as PDFString | undefined)?.decodeText() ?? "").toMatch(/\p{L}{3}.*: \d/u);
      });

      it("has one bookmark per section heading, in order, each leading to its heading", async () => {
        const doc = await load(file());
        const marks = outline(doc);
        const expected = bookmarksOf(report().toc);
        expect(marks.map((m) => [m.title, m.depth])).toEqual(expected.map((h) => [h.title, h.depth]));
        const dests = namedDestinations(doc);
        const bodies = pageBodies(file());
        for (const [i, m] of marks.entries()) {
          expect(m.dest).toBe(expected[i]!.id);
          const dest = dests.get(m.dest)!;
          expect(dest, m.dest).toBeDefined();
          expect(normalize(bodies[dest.page]!), m.title).toContain(normalize(m.title).slice(0, 40));
        }
      });
    });
  }
}

describe("bundled reports", () => {
  checksFor(() => bundled, Object.keys(seeds));

  describe.runIf(existsSync(join(shared, "tools/fidelity.mjs")))("keep the text of their source in the PDF", () => {
    for (const [id, seed] of Object.entries(seeds)) {
      it(`${id} ≥ 97 %`, () => {
        const r = spawnSync(process.execPath, [join(shared, "tools/fidelity.mjs"), join(shared, "seeds", seed), pdfPath(bundled.out, id), "--min", "0.97"], { encoding: "utf8" });
        expect(r.status, r.stdout).toBe(0);
      });
    }
  });

  it("link each PDF from its report page with its size and page count", () => {
    for (const r of bundled.reports) {
      const html = read(bundled.out, `${r.id}/index.html`);
      expect(html).toMatch(new RegExp(`<a href="/${r.id}/${r.id}\\.pdf" download>Last ned PDF</a> <span class="pdf-link__facts">\\(PDF, \\d+ sider, [\\d,]+\\u00a0kB\\)</span>`));
    }
  });
});

describe("print fixture", () => {
  checksFor(() => fixture, ["lang-tabell", "nummererte-titler"]);

  it("repeats a table's header row on every page the table continues on", () => {
    const bodies = pageBodies(pdfPath(fixture.out, "lang-tabell"));
    const tablePages = bodies.filter((b) => normalize(b).includes("samhandlingsutvalget"));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    for (const page of tablePages) expect(normalize(page).slice(0, 80)).toMatch(/rolleantall/);
  });

  it("resolves a bookmark whose id has æ, ø and å", async () => {
    const doc = await load(pdfPath(fixture.out, "lang-tabell"));
    const mark = outline(doc).find((m) => m.title === "Førsteinntrykk og ærlighet");
    expect(mark?.dest).toBe("førsteinntrykk-og-ærlighet");
    expect(namedDestinations(doc).get("førsteinntrykk-og-ærlighet")?.page).toBeGreaterThan(1);
  });

  it("hyphenates long Norwegian words with soft hyphens", () => {
    // Text in drawing order puts each syllable run on a line of its own.
    const text = pageBodies(pdfPath(fixture.out, "lang-tabell")).join("").replace(/\n/g, "");
    expect(text).toMatch(/Kom\u00admu\u00adni\u00adka\u00adsjons/);
  });

  it("gives the same bytes when the same content is printed again", async () => {
    const again = await build("tests/fixtures/print/content");
    const [a, b] = [readFileSync(pdfPath(fixture.out, "lang-tabell")), readFileSync(pdfPath(again.out, "lang-tabell"))];
    expect(a.equals(b)).toBe(true);
  });
});
