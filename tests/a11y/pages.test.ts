/**
 * Every built page in real Chromium: axe-core with the WCAG 2.1 AA rules
 * (0 violations), reflow at 320 px, keyboard order, visible focus,
 * landmarks, reduced motion and forced colours.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { axeSource, openSite, WCAG_TAGS, type SiteInBrowser } from "../helpers/browser.ts";
import { htmlFiles } from "../helpers/html.ts";

const sites = {
  bundled: "content",
  fixture: "tests/fixtures/valid/content",
  print: "tests/fixtures/print/content",
} as const;
const built: Record<string, { out: string; pages: string[]; site: SiteInBrowser }> = {};

beforeAll(async () => {
  for (const [name, contentDir] of Object.entries(sites)) {
    const out = await buildInto(contentDir);
    built[name] = { out, pages: htmlFiles(out), site: await openSite(out) };
  }
});
afterAll(async () => {
  for (const b of Object.values(built)) await b.site.close();
});

const pathOf = (file: string) => file.replace(/index\.html$/, "");

async function withPage<T>(
  name: string,
  width: number,
  fn: (page: Page) => Promise<T>,
  media: Parameters<Page["emulateMedia"]>[0] = {},
): Promise<T> {
  const page = await built[name]!.site.browser.newPage({ viewport: { width, height: 900 } });
  await page.emulateMedia(media);
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

for (const name of Object.keys(sites)) {
  describe(`${name}: every page`, () => {
    for (const width of [1280, 320]) {
      it(`has no WCAG 2.1 AA violations at ${width} px (axe-core), and asks for no file that is not there`, async () => {
        const found: string[] = [];
        const missing: string[] = [];
        await withPage(name, width, async (page) => {
          page.on("response", (r) => {
            if (r.status() >= 400) missing.push(`${r.status()} ${new URL(r.url()).pathname}`);
          });
          page.on("requestfailed", (r) => missing.push(`failed ${new URL(r.url()).pathname}`));
          for (const file of built[name]!.pages) {
            await page.goto(built[name]!.site.url(pathOf(file)));
            await page.addScriptTag({ content: axeSource });
            const result = await page.evaluate(
              (tags) =>
                (
                  window as unknown as {
                    axe: {
                      run: (
                        d: Document,
                        o: object,
                      ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
                    };
                  }
                ).axe.run(document, { runOnly: { type: "tag", values: tags } }),
              WCAG_TAGS,
            );
            for (const v of result.violations)
              found.push(`${file}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
          }
        });
        expect(found).toEqual([]);
        expect([...new Set(missing)]).toEqual([]);
      });
    }

    // With the web font, and without it (blocked, or not loaded yet): neither may need sideways scrolling.
    for (const font of ["with Inter", "with the fallback font"] as const) {
      it(`reflows at 320 px without sideways scrolling, ${font}`, async () => {
        await withPage(name, 320, async (page) => {
          if (font === "with the fallback font") await page.route("**/*.woff2", (route) => route.abort());
          for (const file of built[name]!.pages) {
            await page.goto(built[name]!.site.url(pathOf(file)));
            await page.evaluate(() => document.fonts.ready);
            expect(await page.evaluate(() => document.documentElement.scrollWidth), file).toBeLessThanOrEqual(320);
          }
        });
      });
    }

    it("has one banner, one main and one contentinfo landmark, and labelled navigation", async () => {
      await withPage(name, 1280, async (page) => {
        for (const file of built[name]!.pages) {
          await page.goto(built[name]!.site.url(pathOf(file)));
          const counts = await page.evaluate(() => ({
            banner: document.querySelectorAll("body > header").length,
            main: document.querySelectorAll("main").length,
            contentinfo: document.querySelectorAll("body > footer").length,
            unlabelledNav: [...document.querySelectorAll("nav")].filter(
              (n) => !n.getAttribute("aria-label") && !n.getAttribute("aria-labelledby"),
            ).length,
          }));
          expect(counts, file).toEqual({ banner: 1, main: 1, contentinfo: 1, unlabelledNav: 0 });
        }
      });
    });
  });
}

describe("tables", () => {
  for (const width of [320, 1280]) {
    it(`scroll inside a box of their own, named and reachable by keyboard, never past their column, at ${width} px`, async () => {
      await withPage("fixture", width, async (page) => {
        await page.goto(built.fixture!.site.url("/2024-03-01-alle-blokker/"));
        await page.evaluate(() => document.fonts.ready);
        const boxes = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>("main table:is(.data-table, .md-table)")].map((table) => {
            const box = table.parentElement!;
            const name = box.getAttribute("aria-labelledby");
            const column = box.closest("section")!.getBoundingClientRect();
            const r = box.getBoundingClientRect();
            return {
              box: box.className === "table-scroll" && box.getAttribute("role") === "region" && box.tabIndex === 0,
              named: Boolean(
                (name && document.getElementById(name)?.textContent?.trim()) || box.getAttribute("aria-label"),
              ),
              inColumn: r.left >= column.left - 0.5 && r.right <= column.right + 0.5,
              scrolls: box.scrollWidth > box.clientWidth,
            };
          }),
        );
        expect(boxes.length).toBe(3);
        for (const b of boxes) expect(b).toMatchObject({ box: true, named: true, inColumn: true });
        // At 320 px the ten-column table scrolls in its box; at 1280 px it fits.
        expect(boxes.some((b) => b.scrolls)).toBe(width === 320);
        // The box shows where focus is.
        await page.focus(".table-block--very-wide .table-scroll");
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("Tab");
        expect(
          await page.evaluate(() => [
            document.activeElement?.className,
            getComputedStyle(document.activeElement!).outlineStyle,
          ]),
        ).toEqual(["table-scroll", "solid"]);
      });
    });
  }
});

describe("keyboard", () => {
  it("reaches the skip link first, which moves focus to the content; tab order follows the page", async () => {
    await withPage("bundled", 1280, async (page) => {
      await page.goto(built.bundled!.site.url("/2024-10-25-agder-partnerskapsmote/"));
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Hopp til innholdet");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
      // From there, Tab visits every focusable element inside main in document order.
      const expected = await page.evaluate(() =>
        [
          ...document.querySelectorAll("main a[href], main button, main summary, main [tabindex]:not([tabindex='-1'])"),
        ].map((e) => e.outerHTML),
      );
      const visited: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await page.keyboard.press("Tab");
        visited.push(await page.evaluate(() => document.activeElement?.outerHTML ?? ""));
      }
      expect(visited).toEqual(expected);
      expect(
        await page.evaluate(
          () => document.querySelectorAll("[tabindex]:not([tabindex='0']):not([tabindex='-1'])").length,
        ),
      ).toBe(0);
    });
  });

  it("shows where focus is, also in forced-colours mode", async () => {
    for (const forcedColors of ["none", "active"] as const) {
      await withPage(
        "bundled",
        1280,
        async (page) => {
          await page.goto(built.bundled!.site.url("/"));
          await page.keyboard.press("Tab");
          const skip = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const r = el.getBoundingClientRect();
            return { visible: r.top >= 0 && r.height > 0, outline: getComputedStyle(el).outlineStyle };
          });
          expect(skip, forcedColors).toEqual({ visible: true, outline: "solid" });
          await page.keyboard.press("Tab");
          expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), forcedColors).toBe(
            "solid",
          );
        },
        { forcedColors },
      );
    }
  });

  it("does not animate scrolling for people who ask for reduced motion", async () => {
    await withPage(
      "bundled",
      1280,
      async (page) => {
        await page.goto(built.bundled!.site.url("/"));
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
      },
      { reducedMotion: "reduce" },
    );
    await withPage(
      "bundled",
      1280,
      async (page) => {
        await page.goto(built.bundled!.site.url("/"));
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
      },
      { reducedMotion: "no-preference" },
    );
  });
});
