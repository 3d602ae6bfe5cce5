/**
 * The printed PDFs, checked the way a reader and a screen reader meet them:
 * nothing of the content lost at a page break, the contents' page numbers
 * right, tagged with language and title, fonts embedded, bookmarks for every
 * section in order, and the source report's text all there.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFBool, PDFDict, PDFName, PDFString } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { check } from "../../src/pipeline/check.ts";
import type { ReportModel } from "../../src/model/types.ts";
import { bookmarksOf } from "../../src/print/print-step.ts";
import { plainText } from "../../src/shared/plain-text.ts";
import { headingLevels, read } from "../helpers/html.ts";
import { pageFills } from "../helpers/page-fill.ts";
import {
  fonts,
  internalLinks,
  load,
  namedDestinations,
  normalize,
  outline,
  pageBodies,
  pageSizes,
  structureOrder,
  textIn,
} from "../helpers/pdf.ts";

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
  const result = await publishSite({ contentDir, outDir: out, pdf: true, cacheDir: tmp("cache") });
  if (!result.ok) throw new Error(result.error ?? "build failed");
  return { out, reports: check(contentDir).model!.reports };
}

/** A participants block's chart (the figure after its table), which the print layout leaves out. */
const participantsChart =
  /(<table class="ds-table participants"[\s\S]*?<\/table>\s*<\/div>\s*)<figure class="chart-figure">[\s\S]*?<\/figure>/g;

/**
 * What the report says, unit by unit: every paragraph, list item, table cell, term and heading of its body.
 * Theme tags are left out: they are links to the website's theme pages, and paper leaves them out on purpose.
 */
function contentUnits(html: string): string[] {
  const body = html
    .slice(html.indexOf('<div class="report__body">'), html.lastIndexOf("</article>"))
    .replace(/<span class="theme-tags"[^>]*>[\s\S]*?<\/a><\/span>/g, "")
    // Footnotes are printed at the foot of their page, not after their text: the long report's tests check them.
    .replace(/<div class="footnotes"[\s\S]*?<\/ol><\/div>/g, "")
    // A chart's table is for screen readers: its numbers are printed once, by the bars.
    .replace(/<div class="visually-hidden">\s*<table[\s\S]*?<\/table>\s*<\/div>/g, "")
    // The participants' chart is the web's only: on paper their numbers are in the table alone.
    .replace(participantsChart, "$1");
  const units = [...body.matchAll(/<(p|li|td|th|dt|dd|h[2-6]|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    decodeHtml(m[2]!.replace(/<[^>]+>/g, " ")),
  );
  return units.map(normalize).filter((u) => u.length > 0);
}

/** Text from HTML entities: named ones the templates write, and numeric ones (citeproc writes «&#38;»). */
const decodeHtml = (text: string): string =>
  text
    .replace(/&nbsp;/g, " ")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([\da-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** Each footnote as printed at a page's foot (its number, then its text), to set aside from the running text. */
const footnotesOf = (html: string): string[] =>
  [...html.matchAll(/<li id="fn-(\d+)" class="footnotes__item">([\s\S]*?)<\/li>/g)].map((m) =>
    normalize(m[1]! + decodeHtml(m[2]!.replace(/<a [^>]*footnotes__back[\s\S]*?<\/a>/, "").replace(/<[^>]+>/g, " "))),
  );

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
        const html = read(which().out, `${id}/index.html`);
        // A paragraph that goes on to the next page has the first page's footnotes between its halves.
        const pdf = footnotesOf(html).reduce(
          (text, note) => text.replace(note, ""),
          normalize(pageBodies(file()).join(" ")),
        );
        const units = contentUnits(html);
        expect(units.length).toBeGreaterThan(5);
        expect(units.filter((u) => !pdf.includes(u))).toEqual([]);
      });

      it("prints, beside every entry of the contents, the page its heading is on", async () => {
        const doc = await load(file());
        const links = internalLinks(doc);
        // The contents starts on the first page after the cover with links (a long summary may come between);
        // its entries are the first links from there on, in document order (the body may share its last page).
        const tocPage = Math.min(...links.filter((l) => l.page >= 1).map((l) => l.page));
        const entries = bookmarksOf(report().toc).filter((b) => b.depth <= report().contentsDepth.print).length;
        const toc = links.filter((l) => l.page >= tocPage).slice(0, entries);
        const bodies = pageBodies(file());
        expect(toc).toHaveLength(entries);
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
        // A structure tree that holds the report: a heading and paragraphs, not an empty root.
        expect(doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict).get(PDFName.of("Type"))).toBe(
          PDFName.of("StructTreeRoot"),
        );
        const tags = structureOrder(doc);
        expect(tags).toContain("H1");
        expect(tags).toContain("P");
        expect((doc.catalog.get(PDFName.of("Lang")) as PDFString).decodeText()).toBe(report().lang);
        expect(doc.getTitle()).toBe(report().title);
        // The information docs/pdf.md promises: author (the organisers), subject, keywords (theme, place, organisers).
        const organisers = report().organisers.map((o) => o.name);
        expect(doc.getAuthor()).toBe(organisers.join(", "));
        const subject = report().subtitle ?? report().theme;
        expect(doc.getSubject()).toBe(subject ? plainText(subject) : undefined);
        // Separated: an organiser's name with a comma in it («Bø, Midt-Telemark») stays one keyword.
        expect(doc.getKeywords()).toBe(
          [report().theme, report().place, ...organisers]
            .filter(Boolean)
            .map((k) => plainText(k!))
            .join("; "),
        );
        expect(doc.catalog.lookup(PDFName.of("ViewerPreferences"), PDFDict).get(PDFName.of("DisplayDocTitle"))).toBe(
          PDFBool.True,
        );
        const list = fonts(file());
        expect(list.length).toBeGreaterThan(0);
        expect(list.filter((f) => !f.embedded)).toEqual([]);
      });

      it("reads in document order: its headings, in tree order, are the report's on its page (and the colophon's)", async () => {
        const doc = await load(file());
        const tagged = structureOrder(doc)
          .filter((t) => /^H[1-6]$/.test(t))
          .map((t) => Number(t.slice(1)));
        // The report itself: the page's links to other reports after it are the website's, not the report's.
        const page = read(which().out, `${id}/index.html`);
        const article = page.slice(page.indexOf('<article class="report"'), page.lastIndexOf("</article>"));
        expect(tagged).toEqual([...headingLevels(article), 2]);
      });

      it("gives every figure alternative text (each chart and each image that is not decoration)", async () => {
        const doc = await load(file());
        const figures = doc.context
          .enumerateIndirectObjects()
          .map(([, o]) => o)
          .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of("S")) === PDFName.of("Figure"));
        const html = read(which().out, `${id}/index.html`);
        const charts = (html.replace(participantsChart, "$1").match(/<svg class="chart"/g) ?? []).length;
        const alts = [...html.matchAll(/<img [^>]*\balt="([^"]+)"/g)].map((m) =>
          m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&"),
        );
        expect(figures).toHaveLength(charts + alts.length);
        const texts = figures.map((f) => (f.get(PDFName.of("Alt")) as PDFString | undefined)?.decodeText() ?? "");
        expect(texts.filter((t) => alts.includes(t)).sort()).toEqual([...alts].sort());
        for (const t of texts.filter((t) => !alts.includes(t))) expect(t).toMatch(/\p{L}{3}.*: \d/u);
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

  // Beside the project here and in CI; a clone without it skips this, except in CI, where its absence fails.
  describe.runIf(existsSync(join(shared, "tools/fidelity.mjs")) || process.env.CI)(
    "keep the text of their source in the PDF",
    () => {
      for (const [id, seed] of Object.entries(seeds)) {
        it(`${id} ≥ 97 %`, () => {
          const r = spawnSync(
            process.execPath,
            [
              join(shared, "tools/fidelity.mjs"),
              join(shared, "seeds", seed),
              pdfPath(bundled.out, id),
              "--min",
              "0.97",
            ],
            { encoding: "utf8" },
          );
          expect(r.status, r.stdout).toBe(0);
        });
      }
    },
  );

  // Pages that flow: a meeting report's blocks follow one another, so its paper is used (pagefill.py's measure).
  for (const id of Object.keys(seeds)) {
    it(`${id}: inner pages at least 80 % full on average, none under half`, () => {
      const inner = pageFills(pdfPath(bundled.out, id)).slice(1, -1);
      const mean = inner.reduce((a, b) => a + b, 0) / inner.length;
      expect(mean, inner.map((f) => f.toFixed(2)).join(" ")).toBeGreaterThanOrEqual(0.8);
      expect(inner.flatMap((f, i) => (f < 0.5 ? [i + 2] : []))).toEqual([]);
    });
  }

  it("link each PDF from its report page with its size and page count", () => {
    for (const r of bundled.reports) {
      const html = read(bundled.out, `${r.id}/index.html`);
      expect(html).toMatch(
        new RegExp(
          `<a href="/${r.id}/${r.id}\\.pdf" download>Last ned PDF</a> <span class="pdf-link__facts">\\(PDF, \\d+ sider, [\\d,]+\\u00a0kB\\)</span>`,
        ),
      );
    }
  });
});

describe("a short meeting report", () => {
  // Participants, method, three questions, a poll, a table, a figure, next steps and a short literature list.
  it("prints on six pages at most, cover and colophon included", async () => {
    const meeting = await build("tests/fixtures/short-meeting/content");
    const id = meeting.reports[0]!.id;
    const fills = pageFills(pdfPath(meeting.out, id));
    expect(fills.length).toBeLessThanOrEqual(6);
    expect(fills.slice(1, -1).filter((f) => f < 0.5)).toEqual([]);
  }, 120_000);
});

describe("a draft", () => {
  it("carries its watermark as a drawing: no letters of it in the PDF's text, and the word once in each page's head", async () => {
    const content = join(tmp("draft"), "content");
    cpSync("tests/fixtures/short-meeting/content", content, { recursive: true });
    const meta = join(content, "reports", "2025-09-18-dialogmote-rehabilitering", "report.yaml");
    writeFileSync(meta, readFileSync(meta, "utf8").replace("status: published", "status: draft"));
    const out = join(tmp("draft-site"), "_site");
    const result = await publishSite({
      contentDir: content,
      outDir: out,
      pdf: true,
      drafts: true,
      cacheDir: tmp("cache"),
    });
    expect(result.ok).toBe(true);
    const pdf = pdfPath(out, "2025-09-18-dialogmote-rehabilitering");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    // Drawn as text, the rotated word was read as lines of one or two letters («K», «T», «U») between the report's.
    expect(text.split("\n").filter((line) => /^\s*[A-ZÆØÅ]{1,2}\s*$/.test(line))).toEqual([]);
    const pages = text.split("\f").filter((p) => p.trim());
    expect(pages.slice(1).every((p) => (p.match(/UTKAST/g) ?? []).length === 1)).toBe(true);
  }, 120_000);
});

describe("print fixture", () => {
  checksFor(
    () => fixture,
    ["lang-tabell", "nummererte-titler", "figurer", "tabeller", "lang-rapport", "auto-nummerert"],
  );

  describe("tables", () => {
    const file = () => pdfPath(fixture.out, "tabeller");
    const text = (html: string) =>
      normalize(
        html
          .replace(/<[^>]+>/g, " ")
          .replace(/&nbsp;|&#160;/g, " ")
          .replace(/&amp;/g, "&"),
      );

    it("repeats every header row of a table at the top of the page it goes on to", () => {
      const bodies = pageBodies(file()).map(normalize);
      const start = bodies.findIndex((b) => b.includes(normalize("Tabell 4 Budsjett per tiltak i 2025")));
      expect(start).toBeGreaterThan(0);
      const next = bodies[start + 1]!;
      // Both header rows, the first with a cell over three columns and cells over two rows, before any body row.
      expect(next.startsWith(normalize("Innsatsområde Tiltak Ansvar Budsjett 2025 Kommunene Sykehuset Sum"))).toBe(
        true,
      );
      expect(next).toContain(normalize("Evaluering av handlingsplanen"));
    });

    it("prints each table's caption on the page of its first body row, and its total row with the row above it", () => {
      const bodies = pageBodies(file()).map(normalize);
      const tables = [...read(fixture.out, "tabeller/index.html").matchAll(/<table\b[\s\S]*?<\/table>/g)].map(
        (m) => m[0],
      );
      expect(tables.length).toBeGreaterThanOrEqual(5);
      for (const table of tables) {
        const caption = text(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table)![1]!);
        const firstCell = text(/<tbody>\s*<tr>\s*<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/.exec(table)![1]!);
        const page = bodies.findIndex((b) => b.includes(caption));
        expect(page, caption).toBeGreaterThanOrEqual(0);
        expect(bodies[page], caption).toContain(firstCell);
      }
      const total = bodies.find((b) => b.includes(normalize("Sum 13 400 000")))!;
      expect(total).toContain(normalize("Evaluering av handlingsplanen"));
    });

    it("prints a table of ten columns on a landscape page of its own, and every other page upright", () => {
      const sizes = pageSizes(file());
      const bodies = pageBodies(file()).map(normalize);
      const wide = bodies.findIndex((b) => b.includes(normalize("Tabell 5 Indikatorer for samhandling")));
      expect(sizes[wide]!.width).toBeGreaterThan(sizes[wide]!.height);
      expect(bodies[wide]).toContain(normalize("4. kv. Reinnleggelser innen 30 dager ≤ 12 % 14,1 %"));
      expect(bodies[wide]).toContain(normalize("Ventetid i BUP (dager) ≤ 40 58 55 51 53 47 44 42 39"));
      expect(sizes.filter((s, i) => i !== wide && s.width > s.height)).toEqual([]);
    });
  });

  it("embeds every photo at print resolution: at least 200 dpi at the size it is printed", () => {
    const list = spawnSync("pdfimages", ["-list", pdfPath(fixture.out, "figurer")], { encoding: "utf8" }).stdout;
    const images = list
      .split("\n")
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => l.trim().split(/\s+/));
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const photos = images.filter((c) => c[2] === "image");
    expect(photos.length).toBe(5); // three in the row, the Markdown image, the decorative one
    for (const c of photos) {
      expect(Number(c[3]), c.join(" ")).toBeGreaterThanOrEqual(1600);
      expect(Number(c[12]), c.join(" ")).toBeGreaterThanOrEqual(200);
    }
  });

  it("keeps each figure's caption on the page of its images", () => {
    const bodies = pageBodies(pdfPath(fixture.out, "figurer")).map(normalize);
    const rowPage = bodies.findIndex((b) => b.includes(normalize("Figur 1 Tre av de ti bordene")));
    expect(rowPage).toBeGreaterThan(1); // after the cover and the contents
    const list = spawnSync("pdfimages", ["-list", pdfPath(fixture.out, "figurer")], { encoding: "utf8" }).stdout;
    const pagesWithImages = list
      .split("\n")
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(pagesWithImages.slice(0, 3)).toEqual([rowPage + 1, rowPage + 1, rowPage + 1]);
    expect(bodies.find((b) => b.includes(normalize("Figur 2")))).toContain(
      normalize("Samhandlingsmodellen partnerskapet"),
    );
  });

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

  it("hyphenates long Norwegian words at line ends with a plain hyphen, and leaves no soft hyphen in the text", () => {
    // Soft hyphens in the text layer would hide «kommunikasjonsrådgiver» from a reader's search.
    const text = pageBodies(pdfPath(fixture.out, "lang-tabell")).join("\n");
    expect(text).not.toContain("\u00ad");
    expect(text).toMatch(/\p{Ll}-\n\p{Ll}/u);
  });

  it("gives the same bytes when the same content is printed again", async () => {
    const again = await build("tests/fixtures/print/content");
    const [a, b] = [readFileSync(pdfPath(fixture.out, "lang-tabell")), readFileSync(pdfPath(again.out, "lang-tabell"))];
    expect(a.equals(b)).toBe(true);
  });
});
