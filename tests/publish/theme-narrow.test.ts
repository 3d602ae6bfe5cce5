/**
 * A theme page narrowed by year, organiser and kind in the browser; without
 * JavaScript the page shows every item and no form.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { axeSource, openSite, WCAG_TAGS, type SiteInBrowser } from "../helpers/browser.ts";

let site: SiteInBrowser;
beforeAll(async () => {
  site = await openSite(await buildInto("content"));
});
afterAll(() => site?.close());

async function narrowed(choices: Record<string, string>, javaScript = true) {
  const page = await site.browser.newPage({ javaScriptEnabled: javaScript });
  try {
    await page.goto(site.url("/tema/oppgavedeling/"));
    if (javaScript) await page.waitForFunction(() => !document.getElementById("narrow-form")!.hidden);
    if (javaScript) await page.click("#narrow-form summary");
    for (const [name, value] of Object.entries(choices)) await page.selectOption(`#narrow-form [name=${name}]`, value);
    return await page.evaluate(() => ({
      form: !document.getElementById("narrow-form")!.hidden,
      status: document.getElementById("narrow-status")!.textContent,
      groups: [...document.querySelectorAll<HTMLElement>("[data-narrow-group]")]
        .filter((g) => !g.hidden)
        .map((g) => g.dataset.narrowGroup),
      reports: [
        ...new Set(
          [...document.querySelectorAll<HTMLElement>(".theme-item")]
            .filter((i) => !i.hidden)
            .map((i) => i.querySelector("a")!.getAttribute("href")!.split("#")[0]),
        ),
      ],
    }));
  } finally {
    await page.close();
  }
}

describe("narrowing a theme page", () => {
  it("shows every item, and no form, without JavaScript", async () => {
    const all = await narrowed({}, false);
    expect(all.form).toBe(false);
    expect(all.reports.sort()).toEqual(["/2024-10-25-agder-partnerskapsmote/", "/2025-05-20-nordre-follo-sammen2035/"]);
  });

  it("by year and by organiser: only that year's or organiser's reports' items stay, and the page says how many", async () => {
    const year = await narrowed({ ar: "2024" });
    expect(year.reports).toEqual(["/2024-10-25-agder-partnerskapsmote/"]);
    expect(year.status).toMatch(/^Viser \d+ av \d+ punkter\.$/);
    expect((await narrowed({ arrangor: "nordre-follo-kommune" })).reports).toEqual([
      "/2025-05-20-nordre-follo-sammen2035/",
    ]);
  });

  it("by kind: a kind's group alone, the others hidden with their headings", async () => {
    const proposals = await narrowed({ type: "proposal" });
    expect(proposals.groups).toEqual(["proposal"]);
    const none = await narrowed({ ar: "2025", type: "proposal" });
    expect(none.groups).toEqual([]);
    expect(none.status).toMatch(/^Viser 0 av \d+ punkter\.$/);
  });

  it("has no WCAG 2.1 AA violations with the form shown", async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url("/tema/oppgavedeling/"));
      await page.waitForFunction(() => !document.getElementById("narrow-form")!.hidden);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(
        `axe.run(document, { runOnly: { type: "tag", values: ${JSON.stringify(WCAG_TAGS)} } }).then((r) => r.violations.map((v) => v.id))`,
      );
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
