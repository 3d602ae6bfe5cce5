/**
 * `samling build`: validate; then, with PDFs, render the print pages and print
 * them; then render the site into a fresh folder beside the output, and only
 * when all of that succeeded swap it into place. A failed build leaves the
 * previous site exactly as it was; so does an interrupted one (Ctrl+C,
 * SIGTERM), which removes its temporary folders on the way out.
 */
import { rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { findBrowser } from "../print/find-browser.ts";
import { interruptible } from "../print/interrupt.ts";
import { formatPrintFailures, PrintFailures } from "../print/print-messages.ts";
import type { PrintOptions, PrintResult } from "../print/print-pdfs.ts";
import type { PrintFailure } from "../print/watchdog.ts";
import type { CliLang } from "../shared/cli-messages/index.ts";
import { hasErrors, type Diagnostic } from "../shared/diagnostic.ts";
import { check } from "../pipeline/check.ts";
import { describeError, runEleventy } from "../pipeline/eleventy.ts";
import { defaultCacheDir, defaultParseCacheDir } from "../pipeline/cache-dirs.ts";
import { swapInto } from "../pipeline/swap-into.ts";
import { prepareMedia } from "../pipeline/media-step.ts";
import { indexSite } from "../pipeline/search-index.ts";
import { useSiteModel } from "../pipeline/site-data.ts";
import { usePrintedPdfs } from "../render/printed-pdfs.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Print a PDF per report (needs a Chromium-family browser). */
  pdf?: boolean;
  /** Include draft reports, marked as drafts (serve); production builds leave them out. */
  drafts?: boolean;
  /** Warnings count as errors. */
  strict?: boolean;
  /** Also write each report's print page (<report>/utskrift/), laid out by Paged.js in the browser: `serve`'s print preview. */
  preview?: boolean;
  /** Where printed PDFs are kept between builds. */
  cacheDir?: string;
  /** Where resized images are kept between builds. */
  mediaCacheDir?: string;
  /** Where parsed content files are kept between builds (load/parse-store.ts). */
  parseCacheDir?: string;
  /** For tests: each report's print time budget in seconds, and a script run in every print page. */
  print?: Pick<PrintOptions, "timeoutSeconds" | "initScript">;
  log?: (line: string) => void;
  /** The language of the lines `log` is given (bokmål by default). */
  lang?: CliLang;
}

export type BuildResult =
  | { ok: true; diagnostics: Diagnostic[]; reports: number; pages: number; printed: PrintResult[]; pathPrefix: string }
  | { ok: false; diagnostics: Diagnostic[]; error?: string; noBrowser?: true; printFailures?: PrintFailure[] };

/** Eleventy may still be copying files into a folder after a template failed; remove it when the process ends. */
const removeLater = (dir: string) => process.once("exit", () => rmSync(dir, { recursive: true, force: true }));

export async function publishSite(options: BuildOptions): Promise<BuildResult> {
  const contentDir = resolve(options.contentDir);
  const target = resolve(options.outDir);
  const result = check(contentDir, {
    drafts: Boolean(options.drafts),
    strict: Boolean(options.strict),
    preview: Boolean(options.preview),
    parseCacheDir: options.parseCacheDir ?? defaultParseCacheDir(),
  });
  if (!result.model || hasErrors(result.diagnostics)) return { ok: false, diagnostics: result.diagnostics };
  const browserPath = options.pdf ? findBrowser() : undefined;
  if (options.pdf && !browserPath) return { ok: false, diagnostics: result.diagnostics, noBrowser: true };

  const model = result.model;
  useSiteModel(model);
  const fresh = join(dirname(target), `.${basename(target)}.building-${process.pid}`);
  const printSite = join(dirname(target), `.${basename(target)}.print-${process.pid}`);
  const removeTemporary = () => {
    for (const dir of [fresh, printSite]) rmSync(dir, { recursive: true, force: true });
  };
  removeTemporary();
  return interruptible(removeTemporary, async (): Promise<BuildResult> => {
    try {
      let printed: PrintResult[] = [];
      const publishMedia = await prepareMedia(model, options.mediaCacheDir);
      if (browserPath) {
        await runEleventy("print", printSite);
        publishMedia(printSite);
        // Loaded only to print: the browser driver and PDF library take most of a second to load.
        const { printReports } = await import("../print/print-step.ts");
        const cacheDir = options.cacheDir ?? defaultCacheDir();
        const result = await printReports(model, printSite, fresh, {
          browserPath,
          cacheDir,
          ...options.print,
          ...(options.log && { log: options.log }),
          ...(options.lang && { lang: options.lang }),
        });
        printed = result.printed;
        usePrintedPdfs(result.pdfs);
        rmSync(printSite, { recursive: true, force: true });
      }
      const pages = await runEleventy("pages", fresh, model.pathPrefix);
      publishMedia(fresh);
      if (options.preview) await runEleventy("print", fresh);
      await indexSite(fresh);
      swapInto(fresh, target);
      return {
        ok: true,
        diagnostics: result.diagnostics,
        reports: model.reports.length,
        pages,
        printed,
        pathPrefix: model.pathPrefix,
      };
    } catch (error) {
      removeTemporary();
      removeLater(fresh);
      removeLater(printSite);
      if (error instanceof PrintFailures) {
        return {
          ok: false,
          diagnostics: result.diagnostics,
          printFailures: error.failures,
          error: formatPrintFailures(error.failures),
        };
      }
      return { ok: false, diagnostics: result.diagnostics, error: describeError(error) };
    }
  });
}
