/**
 * The print step: one Chromium for the whole build, reports printed in
 * parallel pages (as many as there are cores), each page loading a report's
 * print layout over 127.0.0.1 — over file:// Paged.js cannot re-read the CSS —
 * letting Paged.js lay it out, then printing with Chromium's tagged PDF output
 * and finishing the file with pdf-lib.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { startStaticServer } from "../build/static-server.ts";
import { collectHeadings, type Wanted } from "./collect-headings.ts";
import { finishPdf, type PdfInfo } from "./finish-pdf.ts";
import { cacheKey, PdfCache, PRINT_FORMAT_VERSION } from "./pdf-cache.ts";

export interface PrintJob {
  id: string;
  /** Path of the print page on the print site, e.g. /rapport/utskrift/. */
  path: string;
  /** Where the finished PDF is written. */
  target: string;
  info: PdfInfo;
  headings: Wanted[];
}

export interface PrintResult {
  id: string;
  pages: number;
  bytes: number;
  cached: boolean;
  seconds: number;
}

export interface PrintOptions {
  browserPath: string;
  cacheDir: string;
  /** One line per report, as it finishes. */
  log?: (line: string) => void;
  /** For the benchmark: how many reports at once (default: one per core). */
  concurrency?: number;
}

/** Chromium as root needs --no-sandbox; the rest keeps it from calling home on a closed network. */
const LAUNCH_ARGS = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export function launchBrowser(executablePath: string): Promise<Browser> {
  const args = process.getuid?.() === 0 ? [...LAUNCH_ARGS, "--no-sandbox"] : LAUNCH_ARGS;
  return chromium.launch({ executablePath, headless: true, args });
}

/** The code that lays out and finishes a PDF: a change to it must not reuse PDFs made by the old code. */
const PRINT_CODE = ["print-pdfs.ts", "finish-pdf.ts", "collect-headings.ts"].map((f) => readFileSync(new URL(`./${f}`, import.meta.url), "utf8"));

/** Everything besides the page itself that decides a PDF's bytes. */
function sharedInputs(siteDir: string): string[] {
  const files = ["assets/css/samling.css", "assets/css/print.css", "assets/vendor/paged.polyfill.min.js", "assets/js/print-handlers.js"];
  const fonts = readdirSync(join(siteDir, "assets/fonts")).sort().map((f) => `assets/fonts/${f}`);
  return [...files, ...fonts].map((f) => readFileSync(join(siteDir, f), "latin1"));
}

/** Lays out one report with Paged.js in a new page and returns the finished PDF and its page count. */
export async function printPage(browser: Browser | BrowserContext, url: string, job: PrintJob): Promise<{ pdf: Uint8Array; pages: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => (window as unknown as { samlingPaged?: unknown }).samlingPaged, null, { timeout: 600_000 });
    const pages = await page.evaluate(() => (window as unknown as { samlingPaged: { pages: number } }).samlingPaged.pages);
    const marks = await page.evaluate(collectHeadings, job.headings);
    const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
    return { pdf: await finishPdf(raw, job.info, marks), pages };
  } finally {
    await page.close();
  }
}

export async function printPdfs(siteDir: string, jobs: PrintJob[], options: PrintOptions): Promise<PrintResult[]> {
  if (jobs.length === 0) return [];
  const cache = new PdfCache(options.cacheDir);
  const server = await startStaticServer(siteDir, 0, { cacheAssets: true });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser(options.browserPath);
  // One context for all reports: its HTTP cache keeps the polyfill, stylesheets and
  // fonts (and their compiled code) from being fetched again for every report.
  const context = await browser.newContext();
  const shared = [PRINT_FORMAT_VERSION, browser.version(), ...PRINT_CODE, ...sharedInputs(siteDir)];
  const results: PrintResult[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const started = performance.now();
      const html = readFileSync(join(siteDir, job.path, "index.html"), "utf8");
      const key = cacheKey([...shared, html, JSON.stringify(job.info), JSON.stringify(job.headings)]);
      const hit = cache.restore(key, job.target);
      let facts = hit;
      if (!facts) {
        const { pdf, pages } = await printPage(context, base + job.path, job);
        writeFileSync(job.target, pdf);
        facts = { pages, bytes: pdf.byteLength };
        cache.store(key, pdf, facts);
      }
      const seconds = (performance.now() - started) / 1000;
      results.push({ id: job.id, ...facts, cached: Boolean(hit), seconds });
      options.log?.(`PDF ${++done}/${jobs.length}  ${job.id}  ${facts.pages} s.  ${hit ? "uendret" : `${seconds.toFixed(1)} s`}`);
    }
  };
  try {
    const lanes = Math.max(1, Math.min(jobs.length, options.concurrency ?? availableParallelism()));
    await Promise.all(Array.from({ length: lanes }, worker));
  } finally {
    await context.close();
    await browser.close();
    server.close();
  }
  return jobs.map((j) => results.find((r) => r.id === j.id)!);
}
