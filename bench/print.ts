/**
 * The print step against the ways people print with Paged.js without samling,
 * in one run on one machine:
 *  1. a ~150-page report: samling's print of it vs the same print page through
 *     bare Paged.js (polyfill + page.pdf in a fresh page)        target ≤ 1.3×
 *     1b. the same for a ~150-page report with footnotes and citations (both
 *     sides lay out the notes; samling's print also tags and outlines it)
 *  2. 20 reports: one build vs a fresh browser per report, as
 *     pagedjs-cli does                                            target ≤ 0.5×
 *  3. a second build with nothing changed                          prints 0
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { check } from "../src/pipeline/check.ts";
import { runEleventy } from "../src/pipeline/eleventy.ts";
import { useSiteModel } from "../src/pipeline/site-data.ts";
import { startStaticServer } from "../src/shared/static-server.ts";
import { findBrowser } from "../src/print/find-browser.ts";
import { launchBrowser, printPage } from "../src/print/print-pdfs.ts";
import { bookmarksOf, pdfInfo, printReports } from "../src/print/print-step.ts";
import { writeLongCitedReport, writeLongReport, writeSynthetic } from "./synthetic.ts";

const seconds = (start: number) => (performance.now() - start) / 1000;

/** Content → model → print pages, as the build does before printing. */
async function preparePrintSite(root: string) {
  const contentDir = join(root, "content");
  const model = check(contentDir).model;
  if (!model) throw new Error("synthetic content did not validate");
  useSiteModel(model);
  const printSite = join(root, "print-site");
  await runEleventy("print", printSite);
  return { model, printSite };
}

/** What pagedjs-cli and most scripts do: open the page, let the polyfill run, print. */
async function barePagedJs(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<void> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => (window as unknown as { samlingPaged?: unknown }).samlingPaged, null, {
    timeout: 600_000,
  });
  await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
}

async function longReport(browserPath: string, heading: string, write: (root: string) => void): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "samling-bench-long-"));
  try {
    write(root);
    const { model, printSite } = await preparePrintSite(root);
    const report = model.reports[0]!;
    const server = await startStaticServer(printSite, 0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${report.url}utskrift/`;
    const browser = await launchBrowser(browserPath);
    const job = {
      id: report.id,
      path: `${report.url}utskrift/`,
      target: "",
      info: pdfInfo(report, model.site.name),
      headings: bookmarksOf(report.toc),
    };
    // Alternate the two, twice, and keep each one's best: the first runs warm up the browser.
    const ours: number[] = [];
    const bare: number[] = [];
    let pages = 0;
    for (let round = 0; round < 2; round++) {
      let t = performance.now();
      await barePagedJs(browser, url);
      bare.push(seconds(t));
      t = performance.now();
      pages = (await printPage(browser, url, job)).pages;
      ours.push(seconds(t));
    }
    await browser.close();
    server.close();
    const [o, b] = [Math.min(...ours), Math.min(...bare)];
    console.log(`\n${heading} (${pages} pages)`);
    console.log(`   bare Paged.js + page.pdf         ${b.toFixed(2)} s`);
    console.log(`   samling print (tagged, outline)  ${o.toFixed(2)} s`);
    console.log(`   ratio                            ${(o / b).toFixed(2)}  (target ≤ 1.3)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function manyReports(browserPath: string): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "samling-bench-many-"));
  try {
    writeSynthetic(root, 20);
    const { model, printSite } = await preparePrintSite(root);
    const cacheDir = join(root, "cache");
    const out = join(root, "out");

    let t = performance.now();
    const { printed: first } = await printReports(model, printSite, out, { browserPath, cacheDir });
    const ours = seconds(t);

    const server = await startStaticServer(printSite, 0);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = performance.now();
    for (const r of model.reports) {
      const browser = await launchBrowser(browserPath);
      await barePagedJs(browser, `${base}${r.url}utskrift/`);
      await browser.close();
    }
    const fresh = seconds(t);
    server.close();

    t = performance.now();
    const { printed: second } = await printReports(model, printSite, out, { browserPath, cacheDir });
    const again = seconds(t);

    console.log(`\n2. ${model.reports.length} reports (${first.reduce((n, r) => n + r.pages, 0)} pages)`);
    console.log(`   a fresh browser per report       ${fresh.toFixed(2)} s`);
    console.log(`   samling, one build               ${ours.toFixed(2)} s`);
    console.log(`   ratio                            ${(ours / fresh).toFixed(2)}  (target ≤ 0.5)`);
    console.log(`\n3. The same ${model.reports.length} reports again, nothing changed`);
    console.log(
      `   printed                          ${second.filter((r) => !r.cached).length}  (${again.toFixed(2)} s)`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export async function benchPrint(): Promise<void> {
  const browserPath = findBrowser();
  if (!browserPath) {
    console.log("\nPrint benchmark skipped: no Chromium found (see README, set-up).");
    return;
  }
  await longReport(browserPath, "1. One long report", (root) => writeLongReport(root, 8)); // about 150 printed pages
  await longReport(
    browserPath,
    "1b. One long report with footnotes (40 per copy) and citations (28 per copy), 6 copies",
    (root) => writeLongCitedReport(root, 6),
  );
  await manyReports(browserPath);
}
