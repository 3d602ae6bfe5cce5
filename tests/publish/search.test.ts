/** Search runs on the static site in the browser: Pagefind's index, queried as the search page does. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { openSite, type SiteInBrowser } from "../helpers/browser.ts";

let site: SiteInBrowser;
beforeAll(async () => {
  site = await openSite(await buildInto("content"));
});
afterAll(() => site.close());

async function search(term: string): Promise<Array<{ url: string; anchors: string[] }>> {
  const page = await site.browser.newPage();
  await page.goto(site.url("/sok/"));
  // Sent as text: the test runner would otherwise rewrite the import() for Node.
  const results = (await page.evaluate(`(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    await pagefind.init();
    const found = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => ({ url: d.url, anchors: d.sub_results.map((s) => s.url) }));
  })()`)) as Array<{ url: string; anchors: string[] }>;
  await page.close();
  return results;
}

/** Runs code with Pagefind loaded in the search page; `body` uses `pagefind` and returns a value. */
async function withPagefind<T>(body: string): Promise<T> {
  const page = await site.browser.newPage();
  await page.goto(site.url("/sok/"));
  const value = (await page.evaluate(`(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    await pagefind.init();
    ${body}
  })()`)) as T;
  await page.close();
  return value;
}

describe("search", () => {
  it("finds «oppgavedeling» in the Nordre Follo and Agder reports, linking to where it is", async () => {
    const results = await search("oppgavedeling");
    const reports = results.filter((r) => !r.url.startsWith("/losninger/"));
    expect(reports.map((r) => r.url).sort()).toEqual([
      "/2024-10-25-agder-partnerskapsmote/",
      "/2025-05-20-nordre-follo-sammen2035/",
    ]);
    // And the solutions that are about it.
    expect(
      results
        .map((r) => r.url)
        .filter((u) => u.startsWith("/losninger/"))
        .sort(),
    ).toEqual([
      "/losninger/kombistillinger/",
      "/losninger/oppgavebasert-mikrolaering/",
      "/losninger/oppgavedeling-hjemmesykepleien/",
    ]);
    const agder = results.find((r) => r.url.startsWith("/2024"))!;
    expect(agder.anchors).toContain("/2024-10-25-agder-partnerskapsmote/#refleksjoner-fra-bordene");
  });
  it("indexes reports and solutions only, not the archive or the search page", async () => {
    const urls = (await search("rapporter")).map((r) => r.url);
    expect(urls.filter((u) => u === "/" || u.startsWith("/sok/"))).toEqual([]);
  });
  it("does not index the theme tags as words of the report", async () => {
    // The tags' words are not part of the report's indexed text.
    const text = await withPagefind<string>(`
      const found = await pagefind.search("forventningsgap");
      const data = await Promise.all(found.results.map((r) => r.data()));
      return data.find((d) => d.url === "/2025-aldersvennlig-forventningsgap/").content;`);
    expect(text).toContain("Eldre som ressurs");
    expect(text).not.toContain("Frivillighet og innbyggere som ressurs");
  });
  it("finds a word in another inflection through Norwegian stemming", async () => {
    // «forventningsgapet» is in the text; «forventningsgap» finds it by its stem.
    const results = await search("forventningsgapene");
    expect(results.map((r) => r.url)).toContain("/2025-aldersvennlig-forventningsgap/");
  });
  it("tells each result's date and organisers, so reports with like titles can be told apart", async () => {
    const meta = await withPagefind<Record<string, string>>(`
      const found = await pagefind.search("oppgavedeling");
      const data = await Promise.all(found.results.map((r) => r.data()));
      return data.find((d) => d.url === "/2024-10-25-agder-partnerskapsmote/").meta;`);
    // Named in the site's language: the search page shows them as «Dato: …», «Arrangør: …».
    expect(meta).toMatchObject({ Dato: "25. oktober 2024", Arrangør: "Helsefellesskapet Agder" });
  });
});
