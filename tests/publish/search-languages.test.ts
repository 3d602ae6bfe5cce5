/**
 * The search page, as a reader uses it in a browser: one search over the reports
 * in every language (Pagefind's per-language indexes merged), each result with its
 * date and organiser, narrowed by year, organiser, theme and kind — on a bokmål
 * site finding nynorsk and English reports, and on a nynorsk site finding bokmål.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { axeSource, openSite, WCAG_TAGS, type SiteInBrowser } from "../helpers/browser.ts";

const FIXTURE = "tests/fixtures/languages/content";
let nbSite: SiteInBrowser;
let nnSite: SiteInBrowser;

/** The same reports on a site whose own language is nynorsk. */
function nynorskSite(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "samling-nn-")), "content");
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(
    join(dir, "site.yaml"),
    readFileSync(join(dir, "site.yaml"), "utf8").replace(/^lang: nb$/m, "lang: nn"),
  );
  return dir;
}

beforeAll(async () => {
  nbSite = await openSite(await buildInto(FIXTURE));
  nnSite = await openSite(await buildInto(nynorskSite()));
});
afterAll(async () => {
  await nbSite?.close();
  await nnSite?.close();
});

interface Shown {
  status: string;
  results: Array<{ url: string; meta: string; lang: string | null }>;
}

/** Opens the search page with a query (as the form puts it in the address) and reads what it shows once it has answered. */
async function searchPage(site: SiteInBrowser, query: string): Promise<Shown> {
  const page = await site.browser.newPage();
  try {
    await page.goto(site.url(`/sok/?${query}`));
    await page.waitForFunction(
      () => /treff|results/i.test(document.getElementById("search-status")?.textContent ?? ""),
      undefined,
      { timeout: 15_000 },
    );
    return await page.evaluate(() => ({
      status: document.getElementById("search-status")!.textContent!,
      results: [...document.querySelectorAll(".search-result")].map((li) => {
        const a = li.querySelector("a")!;
        return {
          url: a.getAttribute("href")!,
          meta: li.querySelector(".search-result__meta")!.textContent!,
          lang: a.getAttribute("lang"),
        };
      }),
    }));
  } finally {
    await page.close();
  }
}

const urls = (shown: Shown) => shown.results.map((r) => r.url).sort();

describe("one search over every language", () => {
  it("finds a nynorsk and an English report from the bokmål search page, marked in their language", async () => {
    const nn = await searchPage(nbSite, "q=vikarpoolen");
    expect(urls(nn)).toContain("/2024-10-24-nynorsk/");
    expect(nn.results.find((r) => r.url === "/2024-10-24-nynorsk/")!.lang).toBe("nn");
    const en = await searchPage(nbSite, "q=board");
    expect(urls(en)).toEqual(["/2024-10-01-english/"]);
    expect(en.results[0]!.lang).toBe("en");
  });

  it("finds a bokmål report from a nynorsk site's search page", async () => {
    const shown = await searchPage(nnSite, "q=sykehjemsplasser");
    expect(urls(shown)).toEqual(["/2024-11-05-bokmal/"]);
    expect(shown.results[0]!.lang).toBe("nb");
  });

  it("shows each report's date and organiser, and a solution's owner", async () => {
    const shown = await searchPage(nbSite, "q=vikarpool");
    const meta = Object.fromEntries(shown.results.map((r) => [r.url, r.meta]));
    expect(meta).toEqual({
      "/2024-11-05-bokmal/": "5. november 2024 · Helsefellesskapet Øst",
      "/2024-10-24-nynorsk/": "24.–25. oktober 2024 · Vestland fylkeskommune",
      "/losninger/felles-vikarpool/": "Løsning · Vestland fylkeskommune",
    });
    expect(shown.status).toBe("3 treff.");
  });
});

describe("narrowing a search", () => {
  it("by kind: reports or solutions", async () => {
    expect(urls(await searchPage(nbSite, "q=vikarpool&type=solution"))).toEqual(["/losninger/felles-vikarpool/"]);
    expect(urls(await searchPage(nbSite, "q=vikarpool&type=report"))).toEqual([
      "/2024-10-24-nynorsk/",
      "/2024-11-05-bokmal/",
    ]);
  });

  it("by organiser, theme and year", async () => {
    expect(urls(await searchPage(nbSite, "q=vikarpool&arrangor=helsefellesskapet-ost"))).toEqual([
      "/2024-11-05-bokmal/",
    ]);
    expect(urls(await searchPage(nbSite, "q=tilsyn&tema=kvalitet"))).toEqual([
      "/2024-11-05-bokmal/",
      "/losninger/digitalt-tilsyn/",
    ]);
    // A solution's year is the year it was added; one without that date has none.
    const all = urls(await searchPage(nbSite, "q=tilsyn"));
    expect(all).toContain("/losninger/digitalt-tilsyn/");
    expect(urls(await searchPage(nbSite, "q=tilsyn&ar=2024"))).toEqual(
      all.filter((u) => u !== "/losninger/digitalt-tilsyn/"),
    );
  });

  it("says so when nothing is left", async () => {
    const shown = await searchPage(nbSite, "q=board&type=solution");
    expect(shown.results).toEqual([]);
    expect(shown.status).toBe("Ingen treff.");
  });
});

describe("the search page with results", () => {
  for (const width of [1280, 320]) {
    it(`has no WCAG 2.1 AA violations and no sideways scrolling at ${width} px, narrowing open`, async () => {
      const page = await nbSite.browser.newPage({ viewport: { width, height: 900 } });
      try {
        await page.goto(nbSite.url("/sok/?q=vikarpool"));
        await page.waitForFunction(() => /treff/.test(document.getElementById("search-status")?.textContent ?? ""));
        await page.evaluate(() => document.querySelector("details.search-form__narrow")!.setAttribute("open", ""));
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(
          `axe.run(document, { runOnly: { type: "tag", values: ${JSON.stringify(WCAG_TAGS)} } }).then((r) => r.violations.map((v) => v.id + " " + v.nodes.map((n) => n.target.join(" ")).join(", ")))`,
        );
        expect(violations).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      } finally {
        await page.close();
      }
    });
  }
});
