/**
 * The print watchdog: a report whose Paged.js layout throws or never finishes
 * is stopped within seconds and named — its stage, the browser's own error,
 * what to do — the other reports still finish or fail, and the site built
 * before stays exactly as it was. The print preview shows such an error on
 * the page. Failures are injected through the print step's test seam: a
 * script run in each print page that registers a misbehaving Paged.js handler.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { formatPrintFailures } from "../../src/print/print-messages.ts";
import { printBudget, type PrintFailure } from "../../src/print/watchdog.ts";
import { openSite, type SiteInBrowser } from "../helpers/browser.ts";
import { snapshot } from "../helpers/html.ts";

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `samling-${name}-`));
const valid = "tests/fixtures/valid/content";
const REPORT = "2024-03-01-alle-blokker";
const DRAFT = "2024-01-01-utkast";

/** A Paged.js handler whose afterPageLayout runs `body`, registered before the layout starts in print pages whose path has `where`. */
const handler = (body: string, where = "/") => `document.addEventListener("readystatechange", () => {
  if (document.readyState !== "interactive" || !location.pathname.includes(${JSON.stringify(where)})) return;
  Paged.registerHandlers(class extends Paged.Handler { afterPageLayout() { ${body} } });
});`;
const THROW = `throw new Error("Testfeil i handler");`;
const NEVER = `return new Promise(() => {});`;

/** sha256 of every file below `dir`, by path. */
const hashes = (dir: string) =>
  new Map([...snapshot(dir)].map(([file, bytes]) => [file, createHash("sha256").update(bytes).digest("hex")]));

const failuresOf = (result: Awaited<ReturnType<typeof publishSite>>): PrintFailure[] => {
  expect(result.ok).toBe(false);
  return (!result.ok && result.printFailures) || [];
};

describe("the print watchdog", () => {
  it("stops a report whose Paged.js handler throws within seconds, names it, and leaves the previous site as it was", async () => {
    const root = tmp("watchdog");
    const out = join(root, "_site");
    expect((await publishSite({ contentDir: valid, outDir: out, pdf: true, cacheDir: tmp("cache") })).ok).toBe(true);
    const before = hashes(out);
    expect([...before.keys()]).toContain(`/${REPORT}/${REPORT}.pdf`);

    const failures = failuresOf(
      await publishSite({
        contentDir: valid,
        outDir: out,
        pdf: true,
        cacheDir: tmp("cache"),
        print: { initScript: handler(THROW) },
      }),
    );
    expect(failures).toEqual([
      expect.objectContaining({
        id: REPORT,
        path: `/${REPORT}/utskrift/`,
        stage: "layout",
        reason: "error",
        detail: "Error: Testfeil i handler",
      }),
    ]);
    // Seconds from opening the page to stopping it, on a busy 2-core machine too; without the watchdog, never.
    expect(failures[0]!.seconds).toBeLessThan(15);
    expect(hashes(out)).toEqual(before);
    expect(readdirSync(root)).toEqual(["_site"]); // no temporary folders left
  });

  it("stops a report that never finishes its layout when its time budget runs out", async () => {
    const out = join(tmp("watchdog"), "_site");
    const failures = failuresOf(
      await publishSite({
        contentDir: valid,
        outDir: out,
        pdf: true,
        cacheDir: tmp("cache"),
        print: { initScript: handler(NEVER), timeoutSeconds: 3 },
      }),
    );
    expect(failures).toEqual([expect.objectContaining({ id: REPORT, stage: "layout", reason: "timeout", budget: 3 })]);
    expect(failures[0]!.seconds).toBeGreaterThanOrEqual(3);
    expect(failures[0]!.seconds).toBeLessThan(3 + 10);
  });

  it("stops a report when Paged.js gives up with a console.error, as it does on «Layout repeated»", async () => {
    const out = join(tmp("watchdog"), "_site");
    const script = handler(
      `if (!window.logged) { window.logged = true; console.error("Layout repeated at: ", document.body); }`,
    );
    const failures = failuresOf(
      await publishSite({
        contentDir: valid,
        outDir: out,
        pdf: true,
        cacheDir: tmp("cache"),
        print: { initScript: script },
      }),
    );
    expect(failures).toEqual([
      expect.objectContaining({
        id: REPORT,
        stage: "layout",
        reason: "error",
        detail: expect.stringMatching(/^Layout repeated at:/),
      }),
    ]);
  });

  it("lists every report that failed, not only the first, each with what to do", async () => {
    const out = join(tmp("watchdog"), "_site");
    const lines: string[] = [];
    const script = `${handler(THROW, DRAFT)}\n${handler(NEVER, REPORT)}`;
    const result = await publishSite({
      contentDir: valid,
      outDir: out,
      pdf: true,
      drafts: true,
      cacheDir: tmp("cache"),
      log: (l) => lines.push(l),
      print: { initScript: script, timeoutSeconds: 4 },
    });
    const failures = failuresOf(result);
    expect(failures.map((f) => [f.id, f.reason])).toEqual([
      [REPORT, "timeout"],
      [DRAFT, "error"],
    ]);
    expect(lines.filter((l) => l.includes("STOPPET"))).toHaveLength(2);

    const nb = formatPrintFailures(failures, "nb");
    expect(nb).toMatch(/^2 rapporter fikk ingen PDF:/);
    expect(nb).toContain(`${REPORT}  sideoppsett med Paged.js: ikke ferdig etter 4 s`);
    expect(nb).toContain(
      `${DRAFT}  sideoppsett med Paged.js: nettleseren meldte en feil\n      Error: Testfeil i handler\n      → Se feilen der den skjer: åpne /${DRAFT}/utskrift/ i samling serve`,
    );
    expect(nb).toContain("SAMLING_PRINT_TIMEOUT=60 samling build");
    expect(nb).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    if (!result.ok) expect(result.error).toBe(nb);
    const en = formatPrintFailures(failures, "en");
    expect(en).toMatch(/^2 reports got no PDF:/);
    expect(en).toContain(`${DRAFT}  Paged.js layout: the browser reported an error`);
  });

  it("gives each report a budget from its size, generous for a long report, that SAMLING_PRINT_TIMEOUT replaces", () => {
    expect(printBudget(20_000, 1, {})).toBeGreaterThanOrEqual(20);
    expect(printBudget(20_000, 1, {})).toBeLessThanOrEqual(60);
    // About 150 pages; printed in 46 s beside another report on a loaded 2-core machine.
    expect(printBudget(360_000, 1, {})).toBeGreaterThanOrEqual(120);
    expect(printBudget(360_000, 2, {})).toBe(2 * printBudget(360_000, 1, {}));
    expect(printBudget(360_000, 1, { SAMLING_PRINT_TIMEOUT: "7" })).toBe(7);
    expect(printBudget(360_000, 1, { SAMLING_PRINT_TIMEOUT: "nei" })).toBe(printBudget(360_000, 1, {}));
  });
});

describe("the print preview", () => {
  let site: SiteInBrowser;
  beforeAll(async () => {
    const out = join(tmp("watchdog-preview"), "_site");
    expect((await publishSite({ contentDir: valid, outDir: out, preview: true })).ok).toBe(true);
    site = await openSite(out);
  });
  afterAll(() => site?.close());

  it("shows an error from Paged.js on the page, on screen only, and nothing when all is well", async () => {
    const good = await site.browser.newPage();
    await good.goto(site.url(`/${REPORT}/utskrift/`));
    await good.waitForFunction(() => (window as unknown as { samlingPaged?: unknown }).samlingPaged);
    expect(await good.locator('[role="alert"]').count()).toBe(0);

    const page = await site.browser.newPage();
    await page.addInitScript(handler(THROW));
    await page.goto(site.url(`/${REPORT}/utskrift/`));
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 15_000 });
    const text = await alert.innerText();
    expect(text).toContain("Forhåndsvisningen av utskriften stoppet: Paged.js meldte en feil.");
    expect(text).toContain("Error: Testfeil i handler");
    expect(text).toContain("nettleserens konsoll");
    await page.emulateMedia({ media: "print" });
    expect(await alert.isVisible()).toBe(false);
  });

  it("says so when the layout has not finished after a minute", async () => {
    const page = await site.browser.newPage();
    await page.clock.install();
    await page.addInitScript(handler(NEVER));
    await page.goto(site.url(`/${REPORT}/utskrift/`));
    await page.clock.fastForward("01:01");
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toContain("Utskriften er ikke ferdig etter 60 sekunder.");
  });
});
