/**
 * Figures on the web: images beside their report, made in several widths and
 * formats, numbered, described, in the open data and the search index, the
 * same bytes on every build, and not made again when nothing changed.
 */
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { openSite, type SiteInBrowser } from "../helpers/browser.ts";
import { read, snapshot } from "../helpers/html.ts";

const content = "tests/fixtures/print/content";
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `samling-${name}-`));
let out: string;
let mediaCache: string;
let page: string;

async function build(target: string) {
  const result = await publishSite({ contentDir: content, outDir: target, mediaCacheDir: mediaCache });
  if (!result.ok) throw new Error(result.error ?? JSON.stringify(result.diagnostics));
}

beforeAll(async () => {
  mediaCache = tmp("media-cache");
  out = join(tmp("figures"), "_site");
  await build(out);
  page = read(out, "figurer/index.html");
});

describe("figures", () => {
  it("numbers figures through the report, leaving out the unnumbered", () => {
    expect([...page.matchAll(/<span class="figure-block__number">([^<]+)<\/span>/g)].map((m) => m[1])).toEqual([
      "Figur 1",
      "Figur 2",
    ]);
  });

  it("shows a row of three photos under one caption, each with its alt text, in WebP and JPEG at three widths", () => {
    const figure = /<figure class="figure-block figure-block--full figure-block--row">[\s\S]*?<\/figure>/.exec(
      page,
    )![0];
    expect(figure.match(/<picture>/g)).toHaveLength(3);
    expect(figure).toContain('alt="Seks deltakere rundt et bord med arbeidsmatten mellom seg."');
    expect(
      figure.match(
        /<source type="image\/webp" srcset="\/bilder\/[^"]+-480\.webp 480w, \/bilder\/[^"]+-960\.webp 960w, \/bilder\/[^"]+-1600\.webp 1600w"/g,
      ),
    ).toHaveLength(3);
    expect(figure).toMatch(/width="1600" height="1066" alt="[^"]+" loading="lazy" decoding="async"/);
    expect(figure).toMatch(
      /<figcaption class="figure-block__caption">[\s\S]*Tre av de ti bordene[\s\S]*Foto: Prøvekommunen/,
    );
  });

  it("publishes an SVG as it is, and a decorative image with empty alt text", () => {
    expect(page).toMatch(/<img src="\/bilder\/[^"]+\.svg"[^>]* width="640" height="300" alt="Modell der kommunene/);
    expect(page).toMatch(/<figure class="figure-block figure-block--inline">[\s\S]*?alt=""[\s\S]*?<\/figure>/);
  });

  it("resolves a Markdown image beside its Markdown file", () => {
    expect(page).toMatch(
      /<picture><source type="image\/webp"[^>]+><img src="\/bilder\/[^"]+\.jpeg"[^>]+alt="Salen under plenumsdiskusjonen, med presentasjonen på lerretet\."/,
    );
  });

  it("links only images that were published", () => {
    const published = new Set(readdirSync(join(out, "bilder")));
    const linked = [...page.matchAll(/\/bilder\/([^" ,]+)/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.filter((f) => !published.has(f))).toEqual([]);
  });

  it("lists each figure's files in the open data", () => {
    const json = JSON.parse(read(out, "figurer/report.json")) as {
      blocks: Array<{ kind: string; files?: Array<{ url: string; alt?: string; decorative: boolean; width: number }> }>;
    };
    const figures = json.blocks.filter((b) => b.kind === "figure");
    expect(figures.map((f) => f.files!.length)).toEqual([3, 1, 1]);
    expect(figures[0]!.files![0]).toMatchObject({
      url: expect.stringMatching(/^\/bilder\/.+-1600\.jpeg$/),
      width: 1600,
      alt: "Seks deltakere rundt et bord med arbeidsmatten mellom seg.",
      decorative: false,
    });
    expect(figures[2]!.files![0]).toMatchObject({ decorative: true });
  });

  it("builds the same bytes again, without making any image again", async () => {
    const stamps = () =>
      readdirSync(mediaCache)
        .map((f) => statSync(join(mediaCache, f)).mtimeMs)
        .join();
    const before = stamps();
    const again = join(tmp("figures-again"), "_site");
    await build(again);
    expect(stamps()).toBe(before);
    const [a, b] = [snapshot(out), snapshot(again)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, bytes] of a) expect(b.get(file)!.equals(bytes), file).toBe(true);
  });
});

describe("figures in search", () => {
  let site: SiteInBrowser;
  beforeAll(async () => {
    site = await openSite(out);
  });
  afterAll(() => site.close());

  it("finds a word that is only in a caption and one only in alt text", async () => {
    const browserPage = await site.browser.newPage();
    await browserPage.goto(site.url("/sok/"));
    const urls = (await browserPage.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      await pagefind.init();
      const out = [];
      for (const term of ["samhandlingsmodellen", "klistremerker"]) {
        const found = await pagefind.search(term);
        out.push((await Promise.all(found.results.map((r) => r.data()))).map((d) => d.url));
      }
      return out;
    })()`)) as string[][];
    await browserPage.close();
    expect(urls).toEqual([["/figurer/"], ["/figurer/"]]);
  });
});
