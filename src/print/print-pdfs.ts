/**
 * The print step: one Chromium for the whole build, reports printed in
 * parallel pages (as many as there are cores), each page loading a report's
 * print layout over 127.0.0.1 — over file:// Paged.js cannot re-read the CSS —
 * letting Paged.js lay it out, then printing with Chromium's tagged PDF output
 * and finishing the file with pdf-lib. Each page is watched (watchdog.ts): a
 * report that fails or runs out of time is stopped and listed, and the others
 * go on; Ctrl+C kills the browser at once (interrupt.ts).
 */
import { readFileSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { startStaticServer } from "../shared/static-server.ts";
import { cliMessages, type CliLang } from "../shared/cli-messages/index.ts";
import { collectHeadings, type Wanted } from "./collect-headings.ts";
import { finishPdf, type PdfInfo } from "./finish-pdf.ts";
import { interruptible } from "./interrupt.ts";
import { cacheKey, PdfCache, PRINT_FORMAT_VERSION } from "./pdf-cache.ts";
import type { CacheDamage } from "../shared/cache-damage.ts";
import { writeFileAtomic } from "../shared/write-file.ts";
import { closeWithin, firstLine, printBudget, PrintStopped, watchPage, type PrintFailure } from "./watchdog.ts";

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
  /** Where the PDF was written: what the build checks before it publishes. */
  file: string;
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
  /** The language of those lines (bokmål by default). */
  lang?: CliLang;
  /** For the benchmark: how many reports at once (default: one per core). */
  concurrency?: number;
  /** Seconds each report may take; by default from its size (see printBudget, SAMLING_PRINT_TIMEOUT). */
  timeoutSeconds?: number;
  /** A script run in every print page before the page's own: tests use it to make Paged.js fail on purpose. */
  initScript?: string;
  /** false (`--no-cache`): print every report anew. */
  readCache?: boolean;
  /** A cached PDF found damaged: dropped and printed again; the build warns of it. */
  onCacheDamage?: (damage: CacheDamage) => void;
}

/** Every report either printed or stopped, each list in the order of the jobs. */
export interface PrintOutcome {
  printed: PrintResult[];
  failed: PrintFailure[];
}

/** One report's page: its time budget in seconds (default ten minutes) and the test seam above. */
export interface PageOptions {
  budgetSeconds?: number;
  initScript?: string;
}

/** Chromium as root needs --no-sandbox; the rest keeps it from calling home on a closed network. */
const LAUNCH_ARGS = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** `handleSignals: false` leaves Ctrl+C and SIGTERM to the caller (the print step's interruptible scope). */
export function launchBrowser(executablePath: string, { handleSignals = true } = {}): Promise<Browser> {
  const args = process.getuid?.() === 0 ? [...LAUNCH_ARGS, "--no-sandbox"] : LAUNCH_ARGS;
  return chromium.launch({
    executablePath,
    headless: true,
    args,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
  });
}

/** The browser's process id, so that it can be killed when closing it hangs or the build is interrupted. */
async function browserPid(browser: Browser): Promise<number | undefined> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send("SystemInfo.getProcessInfo")) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  await cdp.detach();
  return processInfo.find((p) => p.type === "browser")?.id;
}

/** Kills the browser and its helpers (Playwright starts it as the leader of its own process group). */
function killBrowser(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(process.platform === "win32" ? pid : -pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

const within = async (work: Promise<unknown>, ms: number): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const done = await Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((ok) => (timer = setTimeout(() => ok(false), ms))),
  ]);
  clearTimeout(timer);
  return done;
};

/** The code that lays out and finishes a PDF: a change to it must not reuse PDFs made by the old code. */
const PRINT_CODE = ["print-pdfs.ts", "finish-pdf.ts", "collect-headings.ts"].map((f) =>
  readFileSync(new URL(`./${f}`, import.meta.url), "utf8"),
);

/** Everything besides the page itself that decides a PDF's bytes. */
function sharedInputs(siteDir: string): string[] {
  const files = [
    "assets/css/samling.css",
    "assets/css/print.css",
    "assets/vendor/paged.polyfill.min.js",
    "assets/js/print-handlers.js",
    "assets/js/print-text.js",
    "assets/js/preview-errors.js",
  ];
  const fonts = readdirSync(join(siteDir, "assets/fonts"))
    .sort()
    .map((f) => `assets/fonts/${f}`);
  return [...files, ...fonts].map((f) => readFileSync(join(siteDir, f), "latin1"));
}

/**
 * Lays out one report with Paged.js in a new page and returns the finished PDF
 * and its page count; throws PrintStopped when the watchdog stops it.
 */
export async function printPage(
  browser: Browser | BrowserContext,
  url: string,
  job: PrintJob,
  options: PageOptions = {},
): Promise<{ pdf: Uint8Array; pages: number }> {
  const page = await browser.newPage().catch((error: unknown) => {
    throw new PrintStopped("load", "error", firstLine(error instanceof Error ? error.message : String(error)));
  });
  const watch = watchPage(page, options.budgetSeconds ?? 600);
  try {
    if (options.initScript) await watch.step("load", page.addInitScript(options.initScript));
    // Paged.js starts once the document is parsed: from here on, what runs is the layout.
    await watch.step("load", page.goto(url, { waitUntil: "domcontentloaded", timeout: 0 }));
    await watch.step(
      "layout",
      page.waitForFunction(() => (window as unknown as { samlingPaged?: unknown }).samlingPaged, null, { timeout: 0 }),
    );
    await watch.step("layout", page.waitForLoadState("load", { timeout: 0 }));
    const pages = await watch.step(
      "layout",
      page.evaluate(() => (window as unknown as { samlingPaged: { pages: number } }).samlingPaged.pages),
    );
    const marks = await watch.step("layout", page.evaluate(collectHeadings, job.headings));
    const raw = await watch.step(
      "pdf",
      page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false }),
    );
    return { pdf: await watch.step("finish", finishPdf(raw, job.info, marks)), pages };
  } finally {
    watch.stop();
    await closeWithin(page, 5000);
  }
}

/** Prints every job in `lanes` pages at once; a job that fails is listed and its lane goes on with the next. */
async function printAll(
  browser: Browser,
  base: string,
  siteDir: string,
  jobs: PrintJob[],
  options: PrintOptions,
): Promise<PrintOutcome> {
  // One context for all reports: its HTTP cache keeps the polyfill, stylesheets and
  // fonts (and their compiled code) from being fetched again for every report.
  const context = await browser.newContext();
  const cache = new PdfCache(options.cacheDir, options.onCacheDamage, options.readCache ?? true);
  const shared = [
    PRINT_FORMAT_VERSION,
    browser.version(),
    ...PRINT_CODE,
    ...sharedInputs(siteDir),
    ...(options.initScript ? [options.initScript] : []),
  ];
  const lanes = Math.max(1, Math.min(jobs.length, options.concurrency ?? availableParallelism()));
  const printed: PrintResult[] = [];
  const failed: PrintFailure[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const started = performance.now();
      const html = readFileSync(join(siteDir, job.path, "index.html"), "utf8");
      const key = cacheKey([...shared, html, JSON.stringify(job.info), JSON.stringify(job.headings)]);
      const hit = cache.restore(key);
      if (hit) writeFileAtomic(job.target, hit.pdf);
      let facts = hit?.facts;
      if (!facts) {
        const budget = options.timeoutSeconds ?? printBudget(Buffer.byteLength(html), lanes / availableParallelism());
        let made: { pdf: Uint8Array; pages: number };
        try {
          made = await printPage(context, base + job.path, job, {
            budgetSeconds: budget,
            ...(options.initScript && { initScript: options.initScript }),
          });
        } catch (error) {
          const stopped =
            error instanceof PrintStopped
              ? error
              : new PrintStopped("finish", "error", firstLine(error instanceof Error ? error.message : String(error)));
          const seconds = Math.round((performance.now() - started) / 100) / 10;
          failed.push({
            id: job.id,
            path: job.path,
            stage: stopped.stage,
            reason: stopped.reason,
            ...(stopped.detail && { detail: stopped.detail }),
            budget,
            seconds,
          });
          options.log?.(
            cliMessages(options.lang).print.stopped({
              n: ++done,
              of: jobs.length,
              id: job.id,
              stage: stopped.stage,
              reason: stopped.reason,
              seconds,
            }),
          );
          continue;
        }
        // Outside the print's own failures: a full disk is the build's to report, not a report's.
        writeFileAtomic(job.target, made.pdf);
        facts = { pages: made.pages, bytes: made.pdf.byteLength };
        cache.store(key, made.pdf, facts);
      }
      const seconds = (performance.now() - started) / 1000;
      printed.push({ id: job.id, file: job.target, ...facts, cached: Boolean(hit), seconds });
      options.log?.(
        cliMessages(options.lang).print.printed({
          n: ++done,
          of: jobs.length,
          id: job.id,
          pages: facts.pages,
          seconds: hit ? undefined : seconds,
        }),
      );
    }
  };
  try {
    await Promise.all(Array.from({ length: lanes }, worker));
  } finally {
    await within(context.close(), 5000);
  }
  const order = (a: { id: string }, b: { id: string }) =>
    jobs.findIndex((j) => j.id === a.id) - jobs.findIndex((j) => j.id === b.id);
  return { printed: printed.sort(order), failed: failed.sort(order) };
}

export async function printPdfs(siteDir: string, jobs: PrintJob[], options: PrintOptions): Promise<PrintOutcome> {
  if (jobs.length === 0) return { printed: [], failed: [] };
  let pid: number | undefined;
  return interruptible(
    () => killBrowser(pid),
    async () => {
      const server = await startStaticServer(siteDir, 0, { cacheAssets: true });
      let browser: Browser | undefined;
      try {
        browser = await launchBrowser(options.browserPath, { handleSignals: false });
        pid = await browserPid(browser).catch(() => undefined);
        return await printAll(
          browser,
          `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          siteDir,
          jobs,
          options,
        );
      } finally {
        // A browser whose renderer is stuck may not close when asked: then it is killed.
        if (browser && !(await within(browser.close(), 10_000))) killBrowser(pid);
        server.closeAllConnections();
        server.close();
      }
    },
  );
}
