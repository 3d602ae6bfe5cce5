/**
 * Builds real content with Eleventy into temporary folders and checks the
 * result as a reader and a screen reader would meet it.
 */
import { cpSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { headingLevels, htmlFiles, ids, read, skippedHeadings, snapshot } from "../helpers/html.ts";

const tmp = () => mkdtempSync(join(tmpdir(), "samling-build-"));
const valid = "tests/fixtures/valid/content";
const report = "2024-03-01-alle-blokker/index.html";

describe("building the fixture that uses every block kind", () => {
  let out: string;
  beforeAll(async () => {
    out = join(tmp(), "_site");
    // Previewing: the fixture's draft is built too, marked as a draft.
    const result = await publishSite({ contentDir: valid, outDir: out, drafts: true });
    expect(result).toMatchObject({ ok: true, reports: 2 });
  });

  it("writes the archive, a page per report and the assets", () => {
    expect(htmlFiles(out)).toEqual([
      "2024-01-01-utkast/index.html",
      "2024-03-01-alle-blokker/index.html",
      "ar/2024/index.html",
      "arrangor/helsefellesskapet/index.html",
      "index.html",
      "losninger/folkemoter/index.html",
      "losninger/index.html",
      "losninger/region/testfylke/index.html",
      "losninger/sektor/helse-og-omsorg/index.html",
      "losninger/status/spredd/index.html",
      "losninger/tema/kommunikasjon/index.html",
      "neste-steg/index.html",
      "oversikt/index.html",
      "sok/index.html",
      "tema/index.html",
      "tema/kommunikasjon/index.html",
      "tema/kunnskapsdeling/index.html",
      "tema/ubrukt/index.html",
    ]);
    for (const f of [
      "assets/css/samling.css",
      "assets/vendor/designsystemet.css",
      "assets/fonts/inter-latin-400-normal.woff2",
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
  });

  it("links only self-hosted stylesheets and fonts", () => {
    const css = read(out, "assets/css/samling.css");
    expect(css).not.toMatch(/url\(["']?https?:/);
    expect(read(out, report)).not.toMatch(/<link[^>]+href="https?:/);
  });

  it("escapes every YAML string and ignores raw HTML in Markdown", () => {
    const html = read(out, report);
    // The only scripts are the page's JSON-LD, which the hostile title cannot close, and our own line that folds a long contents on phones.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/ld+json">', "<script>"]);
    expect(/<script>([\s\S]*?)<\/script>/.exec(html)![1]).toBe(
      'if (matchMedia("(max-width: 47.99em)").matches) document.getElementById("toc-details").open = false;',
    );
    expect(html).toContain('"name":"Alle blokker \\u003cscript>alert(\\"tittel\\")\\u003c/script>"');
    expect(html).toContain("Alle blokker &lt;script&gt;");
    expect(html).toContain("&lt;em&gt;rå HTML&lt;/em&gt;");
    expect(read(out, "index.html")).toContain("Testkommunen &lt;helse&gt;");
  });

  it("sets html lang from the report", () => {
    expect(read(out, report)).toMatch(/<html lang="nb">/);
    expect(read(out, "2024-01-01-utkast/index.html")).toMatch(/<html lang="en">/);
  });

  it("never skips a heading level", () => {
    for (const f of htmlFiles(out)) expect(skippedHeadings(headingLevels(read(out, f))), f).toEqual([]);
  });

  it("gives every block and question a unique anchor, and the table of contents links to them", () => {
    const html = read(out, report);
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) expect(all, `#${l}`).toContain(l);
    expect(all).toEqual(
      expect.arrayContaining(["innledning", "del-en", "hvordan-deler-vi-kunnskap", "tillit", "test-forankring"]),
    );
  });

  it("renders participants as a real table with caption, scopes and a computed total", () => {
    const html = read(out, report);
    const table = html.slice(
      html.indexOf('<table class="ds-table participants"'),
      html.indexOf("</table>", html.indexOf("participants")),
    );
    expect(table).toContain("<caption");
    expect(table).toMatch(/<th scope="col">Rolle<\/th>/);
    expect(table).toMatch(/<th scope="row">Politikere<\/th><td class="num">1\u00a0200<\/td>/);
    expect(table).toMatch(/<tfoot><tr><th scope="row">Totalt<\/th><td class="num">1\u00a0234<\/td>/);
  });

  it("renders a table block from CSV: a scroll box named by its caption, both header rows, header ids, a total row", () => {
    const html = read(out, report);
    const block = html.slice(
      html.indexOf('<div class="table-block table-block--very-wide">'),
      html.indexOf("</section>", html.indexOf("table-block--very-wide")),
    );
    expect(block).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-labelledby="ventetid-per-kvartal-caption">',
    );
    expect(block).toMatch(
      /<caption id="ventetid-per-kvartal-caption">(<span class="data-table__number">Tabell \d+<\/span> )?Ventetid i dager, per <em>kvartal<\/em> og tjeneste<\/caption>/,
    );
    expect(block.match(/<thead>[\s\S]*<\/thead>/)![0].match(/<tr>/g)).toHaveLength(2);
    expect(block).toContain(
      '<th scope="colgroup" id="ventetid-per-kvartal-h1-3" colspan="4" class="data-table__word">2023</th>',
    );
    expect(block).toContain(
      '<td headers="ventetid-per-kvartal-h1-3 ventetid-per-kvartal-h2-3 ventetid-per-kvartal-r1-1" class="num">58</td>',
    );
    expect(block).toMatch(/<tfoot><tr><th scope="row"[^>]*>Sum<\/th>/);
    expect(block).toContain("<ul><li>foreløpig</li><li>ikke avstemt</li></ul>");
    expect(block).toContain(
      '<p class="source">Kilde: <a href="https://example.no/barometer">Samhandlingsbarometeret</a></p>',
    );
  });

  it("renders a table block from YAML with spans, and a Markdown table with its caption, each in its own scroll box", () => {
    const html = read(out, report);
    // Without a title the block's anchor, and so its ids, come from its kind; number: false leaves the caption unnumbered.
    expect(html).toContain('<caption id="table-caption">Tiltak og ansvar</caption>');
    expect(html).toContain(
      '<th scope="row" id="table-r2-1" headers="table-h1-1" rowspan="2">Digital hjemmeoppfølging</th>',
    );
    expect(html).toContain('<td headers="table-h1-4 table-r2-1" class="num">1,5</td>');
    expect(html).toMatch(
      /<div class="table-scroll" role="region" tabindex="0" aria-labelledby="(md-table-[a-z0-9]+-1-caption)">\n<table class="ds-table md-table" data-color="neutral">\n<caption id="\1"><span class="data-table__number">Tabell 1<\/span> Møteplan<\/caption>/,
    );
    // Every scroll box is named by something on the page.
    const all = ids(html);
    for (const m of html.matchAll(/<div class="table-scroll" role="region" tabindex="0" aria-labelledby="([^"]+)"/g))
      expect(all, m[1]).toContain(m[1]);
  });

  it("renders quotes as blockquote with their source, and lists as lists", () => {
    const html = read(out, report);
    expect(html).toMatch(
      /<blockquote><p>Det viktigste er å starte\.<\/p>\s*<\/blockquote>\s*<figcaption>– <cite>En deltaker<\/cite> i plenum, <time datetime="2024-03-01">1\. mars 2024<\/time>/,
    );
    expect(html).toMatch(/<span class="titled-list__rank" aria-hidden="true">1\.<\/span>/);
    expect(html).toContain("Menti: Hva er viktigst? (50 svar)");
    expect(html).toContain("Oppgave 2: Hvordan sikre felles kommunikasjon?");
    expect(html).toContain("<strong>Felles plan.</strong> En samlet tilnærming");
    expect(html).toContain("v/ ordfører Per Pettersen");
    expect(html).toContain("Pause, vi fortsetter kl. 10.15");
    expect(html).toContain("1.–2. mars 2024");
  });

  it("lists a quote without a title on its theme's page by its words; its report's title only as the source", () => {
    const page = read(out, "tema/kommunikasjon/index.html");
    const quote =
      /<li class="theme-item"[^>]*>\s*<a class="theme-item__link" href="[^"]+">Det viktigste er å starte\.<\/a>\s*<p class="theme-item__source">([^<]*)<\/p>/.exec(
        page,
      );
    expect(quote?.[1]).toMatch(/^En del med egne blokker · Alle blokker &lt;script&gt;/); // its section, then its report
  });

  it("draws participants, poll results and a series of key figures as charts whose numbers are also in a table", () => {
    const html = read(out, report);
    const charts = [...html.matchAll(/<figure class="chart-figure">([\s\S]*?)<\/figure>/g)].map((m) => m[1]!);
    expect(charts).toHaveLength(3);
    const cells = [...html.matchAll(/<td class="num">([^<]+)<\/td>/g)].map((m) => m[1]);
    for (const chart of charts) {
      expect(chart).toMatch(/<figcaption class="chart-figure__caption">[^<]+<\/figcaption>/);
      const [, title, desc] = /<svg class="chart" role="img" aria-labelledby="(\S+) (\S+)"/.exec(chart)!;
      expect(chart).toContain(`<title id="${title}">`);
      expect(chart).toContain(`<desc id="${desc}">`);
      for (const [, value] of chart.matchAll(/class="chart__value">([^<]+)<\/text>/g))
        expect(cells, `${value} in a table`).toContain(value);
    }
  });

  it("marks a draft: banner, noindex, a label on its card", () => {
    const draft = read(out, "2024-01-01-utkast/index.html");
    expect(draft).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(draft).toMatch(/<div class="draft-banner" role="note"><strong>DRAFT<\/strong>/);
    expect(read(out, report)).not.toContain("noindex");
    const archive = read(out, "index.html");
    expect(archive.indexOf("Alle blokker")).toBeLessThan(archive.indexOf("Et utkast"));
    expect(archive).toContain('<p class="report-card__draft"><strong>DRAFT</strong></p>');
  });
});

describe("a production build", () => {
  it("leaves drafts out: no page, no card", async () => {
    const out = join(tmp(), "_site");
    expect(await publishSite({ contentDir: valid, outDir: out })).toMatchObject({ ok: true, reports: 1 });
    expect(htmlFiles(out).filter((f) => f.includes("utkast"))).toEqual([]);
    expect(read(out, "index.html")).not.toContain("Et utkast");
  });
});

describe("builds are safe and repeatable", () => {
  // A site in several languages has one search index per language (Pagefind wrote them in a varying order).
  it.each([
    ["one language", valid, false],
    ["three languages, drafts shown", "tests/fixtures/languages/content", true],
  ])("produces byte-identical output from the same content: %s", async (_, contentDir, drafts) => {
    const [a, b] = [join(tmp(), "a"), join(tmp(), "b")];
    await publishSite({ contentDir, outDir: a, drafts });
    await publishSite({ contentDir, outDir: b, drafts });
    const [sa, sb] = [snapshot(a), snapshot(b)];
    expect([...sa.keys()]).toEqual([...sb.keys()]);
    for (const [file, bytes] of sa) expect(bytes.equals(sb.get(file)!), file).toBe(true);
  });

  it("writes nothing when content has errors, and leaves the previous site untouched", async () => {
    const out = join(tmp(), "_site");
    await publishSite({ contentDir: valid, outDir: out });
    const before = snapshot(out);

    const broken = join(tmp(), "content");
    cpSync(valid, broken, { recursive: true });
    writeFileSync(
      join(broken, "reports/2024-03-01-alle-blokker/03-deltakere.yaml"),
      "kind: participants\nroles: [{ role: A, count: 1 }]\ntotal: 2\n",
    );
    const result = await publishSite({ contentDir: broken, outDir: out });

    expect(result.ok).toBe(false);
    // The valid fixture holds raw HTML on purpose (escaping tests): its warnings are not the point here.
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.rule)).toEqual(["participants/total"]);
    const after = snapshot(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [file, bytes] of before) expect(bytes.equals(after.get(file)!), file).toBe(true);
  });
});
