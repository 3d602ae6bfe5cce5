/**
 * A long report as research institutes publish them (the print fixture's
 * lang-rapport: a part level above chapters, four levels of numbered
 * headings, 40 footnotes, 15 works cited from a BibTeX file, an English
 * summary, tables and figures), printed and read back the way a reader meets
 * it: notes at the foot of their page, no heading or caption left at a page's
 * foot, words whole in the PDF's text, addresses never hyphenated.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { openSite, type SiteInBrowser } from "../helpers/browser.ts";
import { read } from "../helpers/html.ts";
import { load, normalize, pageBodies } from "../helpers/pdf.ts";
import { PDFDict, PDFName, PDFString } from "pdf-lib";

const ID = "lang-rapport";
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `samling-${name}-`));
let out: string;
let pdf: string;
let html: string;

beforeAll(async () => {
  // The long report alone, so this file prints one PDF.
  const content = join(tmp("long-content"), "content");
  mkdirSync(join(content, "reports"), { recursive: true });
  // The site without the fixture's page per block: a long report with chapters is laid out by its length (a page per chapter).
  writeFileSync(join(content, "site.yaml"), "name: Utskriftstest\nurl: https://rapporter.example.no\n");
  cpSync(`tests/fixtures/print/content/reports/${ID}`, join(content, "reports", ID), { recursive: true });
  out = join(tmp("long"), "_site");
  const result = await publishSite({
    contentDir: content,
    outDir: out,
    pdf: true,
    preview: true,
    cacheDir: tmp("cache"),
  });
  if (!result.ok) throw new Error(result.error ?? "build failed");
  pdf = join(out, ID, `${ID}.pdf`);
  html = read(out, `${ID}/index.html`);
}, 180_000);

const plain = (fragment: string) =>
  fragment
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/&amp;|&#38;/g, "&");

/** Each footnote of the web page: its number, its text, and the word just before its reference. */
function notes(): Array<{ n: number; text: string; before: string }> {
  return [...html.matchAll(/<li id="fn-(\d+)" class="footnotes__item">([\s\S]*?)<\/li>/g)].map((m) => {
    const n = Number(m[1]);
    const at = html.indexOf(`data-note="${n}">`);
    const words = plain(html.slice(Math.max(0, at - 400), html.lastIndexOf("<sup", at)))
      .trim()
      .split(/\s+/);
    return { n, text: plain(m[2]!.replace(/<a [^>]*footnotes__back[\s\S]*?<\/a>/, "")), before: words.at(-1)! };
  });
}

describe("footnotes", () => {
  it("are numbered 1–40 through the report on the web", () => {
    expect(notes().map((n) => n.n)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("each sit at the foot of the page that refers to it, with the web page's number", () => {
    const bodies = pageBodies(pdf).map(normalize);
    for (const note of notes()) {
      const text = normalize(note.text).slice(0, 60);
      const pages = bodies.flatMap((b, i) => (b.includes(text) ? [i] : []));
      expect(pages, `note ${note.n}`).toHaveLength(1);
      // The call is printed right after the word it follows: «…kompetanse5».
      expect(bodies[pages[0]!], `note ${note.n}: «${note.before}» and its call`).toContain(
        normalize(note.before) + note.n,
      );
    }
  });

  it("never follow a heading into the contents or the bookmarks", () => {
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf("</nav>", html.indexOf('<nav class="toc"')));
    expect(toc).not.toMatch(/fn-ref|footnote/);
  });
});

describe("citations", () => {
  it("read as APA 7 with Norwegian terms, and the reference list holds the 15 works cited, not the 2 that are not", () => {
    expect(html).toMatch(/<a class="citation" href="#lit-[^"]+">\([^)]*, \d{4}, s\. \d+/);
    expect(html).toContain("u.å.");
    const entries = [...html.matchAll(/<li class="references__entry" id="(lit-[^"]+)">/g)].map((m) => m[1]);
    expect(entries).toHaveLength(15);
    expect(entries).not.toContain("lit-rostad2016");
    expect(entries).not.toContain("lit-ehelse2021");
  });

  it("link to their entries in the list", () => {
    for (const m of html.matchAll(/<a class="citation" href="#([^"]+)">/g)) expect(html).toContain(`id="${m[1]}"`);
  });
});

describe("the PDF's text", () => {
  const text = () => execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 26 });

  it("holds no soft hyphen, and every word of the report whole (search and copy find them)", () => {
    const printed = text();
    expect(printed).not.toContain("\u00ad");
    const words = new Set(printed.toLowerCase().match(/\p{L}{3,}/gu));
    const article = html.slice(html.indexOf('<div class="report__body">'), html.lastIndexOf("</article>"));
    const wanted = new Set(
      plain(article.replace(/<span class="theme-tags"[\s\S]*?<\/span>/g, ""))
        .toLowerCase()
        .match(/\p{L}{3,}/gu),
    );
    expect([...wanted].filter((w) => !words.has(w))).toEqual([]);
  });

  it("is hyphenated at line ends where a long word needed it, with a plain hyphen", () => {
    const raw = pageBodies(pdf).join("\n");
    expect(raw.match(/\p{Ll}-\n\p{Ll}/gu)?.length ?? 0).toBeGreaterThan(5);
  });

  it("never hyphenates a web or e-mail address", () => {
    const joined = pageBodies(pdf).join("").replace(/\n/g, "");
    expect(joined).toContain(
      "https://www.helsefellesskapet-innlandet.no/dokumenter/evaluering-2021-2024/vedlegg-3-intervjuguide.pdf",
    );
    expect(joined).toContain("postmottak@helsefellesskapet-innlandet.no");
  });
});

describe("tables", () => {
  it("are numbered through the report in document order, Markdown tables with a caption and table blocks alike", () => {
    expect([...html.matchAll(/<span class="data-table__number">([^<]*)<\/span>/g)].map((m) => m[1])).toEqual([
      "Tabell 1",
      "Tabell 2",
      "Tabell 3",
      "Tabell 4",
    ]);
  });
});

describe("the web page's contents", () => {
  it("is numbered once (the titles carry their numbers), in a <details> that folds on phones and is open on wide screens", async () => {
    expect(html).toMatch(
      /<nav class="toc" aria-labelledby="toc-title" data-pagefind-ignore>\s*<details class="toc__details" id="toc-details" open>/,
    );
    expect(html).toContain('<ol class="toc__list toc__list--numbered">');
    const site = await openSite(out);
    try {
      const open: Record<number, boolean> = {};
      for (const width of [360, 1280]) {
        const page = await site.browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(site.url(`/${ID}/`));
        open[width] = await page.evaluate(() => (document.getElementById("toc-details") as HTMLDetailsElement).open);
        await page.close();
      }
      expect(open).toEqual({ 360: false, 1280: true });
    } finally {
      await site.close();
    }
  });
});

describe("the PDF's structure", () => {
  it("marks the English summary as English, inside a Norwegian document", async () => {
    const doc = await load(pdf);
    const langs = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.has(PDFName.of("Lang")))
      .map((o) => (o.get(PDFName.of("Lang")) as PDFString).decodeText());
    expect(langs).toContain("nb");
    expect(langs).toContain("en");
  });
});

describe("the laid-out pages", () => {
  let site: SiteInBrowser;
  let pages: Array<{ last: string; head: string }>;
  /** Each paragraph or list item split over two pages: its lines on each. */
  let splits: Array<{ text: string; first: number; rest: number }>;
  beforeAll(async () => {
    site = await openSite(out);
    const page = await site.browser.newPage();
    await page.goto(site.url(`/${ID}/utskrift/`));
    await page.waitForFunction(
      () => (window as unknown as { samlingPaged?: unknown }).samlingPaged !== undefined,
      null,
      { timeout: 120_000 },
    );
    pages = await page.evaluate(() =>
      Array.from(document.querySelectorAll(".pagedjs_page"), (p) => {
        const content = p.querySelector(".pagedjs_page_content")!;
        const blocks = Array.from(
          content.querySelectorAll("h1, h2, h3, h4, h5, h6, p, li, caption, figcaption, tr, dd"),
        ).filter((e) => e.textContent!.trim());
        const last = blocks.at(-1);
        const head = p.querySelector(".pagedjs_margin-top-right .pagedjs_margin-content");
        return {
          last: last ? `${last.tagName} ${last.textContent!.trim().slice(0, 60)}` : "",
          head: head ? getComputedStyle(head, "::after").content : "",
        };
      }),
    );
    splits = await page.evaluate(() => {
      const lines = (el: Element) =>
        Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
      return Array.from(document.querySelectorAll(".pagedjs_page_content :is(p, li)[data-split-to]"), (el) => {
        const rest = document.querySelector(
          `.pagedjs_page_content [data-ref="${el.getAttribute("data-ref")}"][data-split-from]`,
        );
        return {
          text: el.textContent!.replace(/\u00ad/g, "").slice(0, 40),
          first: lines(el),
          rest: rest ? lines(rest) : 0,
        };
      });
    });
    await page.close();
  }, 180_000);
  afterAll(() => site?.close());

  it("never leave a single line of a paragraph at a page's foot or head", () => {
    expect(splits.length).toBeGreaterThan(2);
    expect(splits.filter((s) => s.first < 2 || s.rest < 2)).toEqual([]);
  });

  it("give the contents at most two pages", () => {
    const contents = pages.filter((p) => p.head === '"Innhold"').length;
    expect(contents).toBeGreaterThanOrEqual(1);
    expect(contents).toBeLessThanOrEqual(2);
  });

  it("never end with a heading or a table's caption", () => {
    expect(pages.filter((p) => /^(H[1-6]|CAPTION) /.test(p.last))).toEqual([]);
  });

  it("name the chapter in the running head, numbered as written, on one line", () => {
    const heads = pages.map((p) => p.head);
    expect(heads).toContain('"1 Innledning"');
    expect(heads).toContain('"3 Samarbeidsstrukturer"');
    expect(heads.filter((h) => h.includes("\u00ad"))).toEqual([]);
  });
});
