/**
 * `samling build`: validate; then, with PDFs, render the print pages and print
 * them; then render the site into a fresh folder beside the output, and only
 * when all of that succeeded swap it into place. A failed build leaves the
 * previous site exactly as it was; so does an interrupted one (Ctrl+C,
 * SIGTERM), which removes its temporary folders on the way out.
 */
import { mkdirSync, rmSync } from "node:fs";
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
import { cacheDamageWarning, type CacheDamage } from "../shared/cache-damage.ts";
import { cliMessages } from "../shared/cli-messages/index.ts";
import { displayPath } from "../shared/display-path.ts";
import { removeLeftovers, temporariesOf } from "../shared/leftovers.ts";
import { lockOutput } from "../pipeline/output-lock.ts";
import { OutputIncomplete, verifyOutput } from "../pipeline/verify-output.ts";
import { fileSystemFault } from "../pipeline/file-system-fault.ts";
import { syncFolder } from "../pipeline/sync-folder.ts";

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
  /** false (`--no-cache`): read no cache — parse, resize and print everything anew (the caches are written afresh). */
  cache?: boolean;
  /** For tests: each report's print time budget in seconds, and a script run in every print page. */
  print?: Pick<PrintOptions, "timeoutSeconds" | "initScript">;
  log?: (line: string) => void;
  /** The language of the lines `log` is given (bokmål by default). */
  lang?: CliLang;
}

export type BuildResult =
  | { ok: true; diagnostics: Diagnostic[]; reports: number; pages: number; printed: PrintResult[]; pathPrefix: string }
  | { ok: false; diagnostics: Diagnostic[]; error?: string; noBrowser?: true; printFailures?: PrintFailure[] };

/** Why a build failed, in the writer's words: output that is not whole, a file system that failed, or the error's own. */
function failureText(error: unknown, lang: CliLang | undefined): string {
  const words = cliMessages(lang).build;
  if (error instanceof OutputIncomplete) return words.incomplete(error.problems);
  const fault = fileSystemFault(error);
  if (fault) return words.fileSystem({ ...fault, ...(fault.file && { file: displayPath(fault.file) }) });
  return describeError(error);
}

/** Eleventy may still be copying files into a folder after a template failed; remove it when the process ends. */
const removeLater = (dir: string) => process.once("exit", () => rmSync(dir, { recursive: true, force: true }));

export async function publishSite(options: BuildOptions): Promise<BuildResult> {
  const contentDir = resolve(options.contentDir);
  const target = resolve(options.outDir);
  const result = check(contentDir, {
    drafts: Boolean(options.drafts),
    strict: Boolean(options.strict),
    preview: Boolean(options.preview),
    ...(options.cache !== false && { parseCacheDir: options.parseCacheDir ?? defaultParseCacheDir() }),
  });
  if (!result.model || hasErrors(result.diagnostics)) return { ok: false, diagnostics: result.diagnostics };
  const browserPath = options.pdf ? findBrowser() : undefined;
  if (options.pdf && !browserPath) return { ok: false, diagnostics: result.diagnostics, noBrowser: true };

  const model = result.model;
  useSiteModel(model);
  let lock: ReturnType<typeof lockOutput>;
  try {
    mkdirSync(dirname(target), { recursive: true });
    lock = lockOutput(target);
  } catch (error) {
    // The folder cannot be written at all (read-only, not ours): said as that, before anything is made.
    return { ok: false, diagnostics: result.diagnostics, error: failureText(error, options.lang) };
  }
  if (!lock.ok) {
    const error = cliMessages(options.lang).build.locked(displayPath(target), lock.heldBy);
    return { ok: false, diagnostics: result.diagnostics, error };
  }
  // What a killed build left beside the output: its process is gone, so nothing will finish it.
  removeLeftovers(dirname(target), temporariesOf(basename(target), ["building", "print", "old"]));
  const fresh = join(dirname(target), `.${basename(target)}.building-${process.pid}`);
  const printSite = join(dirname(target), `.${basename(target)}.print-${process.pid}`);
  const removeTemporary = () => {
    for (const dir of [fresh, printSite]) rmSync(dir, { recursive: true, force: true });
    lock.release();
  };
  // Cache entries found damaged on the way: each dropped and made again, and a warning in the result.
  const damaged: CacheDamage[] = [];
  const onDamaged = (d: CacheDamage) => damaged.push(d);
  const readCache = options.cache !== false;
  const diagnostics = () => [...result.diagnostics, ...damaged.map(cacheDamageWarning)];
  return interruptible(removeTemporary, async (): Promise<BuildResult> => {
    try {
      let printed: PrintResult[] = [];
      const publishMedia = await prepareMedia(model, options.mediaCacheDir, { read: readCache, onDamaged });
      if (browserPath) {
        await runEleventy("print", printSite);
        publishMedia(printSite);
        // Loaded only to print: the browser driver and PDF library take most of a second to load.
        const { printReports } = await import("../print/print-step.ts");
        const cacheDir = options.cacheDir ?? defaultCacheDir();
        const result = await printReports(model, printSite, fresh, {
          browserPath,
          cacheDir,
          readCache,
          onCacheDamage: onDamaged,
          ...options.print,
          ...(options.log && { log: options.log }),
          ...(options.lang && { lang: options.lang }),
        });
        printed = result.printed;
        usePrintedPdfs(result.pdfs);
        rmSync(printSite, { recursive: true, force: true });
      }
      const rendered = await runEleventy("pages", fresh, model.pathPrefix);
      const images = publishMedia(fresh);
      const preview = options.preview ? (await runEleventy("print", fresh)).files : [];
      await indexSite(fresh);
      // Eleventy, Pagefind and Chromium wrote their own files: each is checked before anything is published.
      const problems = await verifyOutput(fresh, [
        ...[...rendered.files, ...preview, ...images].map((f) => ({ kind: "file" as const, ...f })),
        ...printed.map((p) => ({ kind: "pdf" as const, path: p.file, pages: p.pages })),
        { kind: "search", dir: join(fresh, "pagefind") },
      ]);
      if (problems.length) throw new OutputIncomplete(problems);
      syncFolder(fresh);
      swapInto(fresh, target);
      lock.release();
      return {
        ok: true,
        diagnostics: diagnostics(),
        reports: model.reports.length,
        pages: rendered.pages,
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
          diagnostics: diagnostics(),
          printFailures: error.failures,
          error: formatPrintFailures(error.failures),
        };
      }
      const words = cliMessages(options.lang).build;
      if (error instanceof OutputIncomplete)
        return { ok: false, diagnostics: diagnostics(), error: words.incomplete(error.problems) };
      const fault = fileSystemFault(error);
      if (fault) {
        const shown = { ...fault, ...(fault.file && { file: displayPath(fault.file) }) };
        return { ok: false, diagnostics: diagnostics(), error: words.fileSystem(shown) };
      }
      return { ok: false, diagnostics: diagnostics(), error: describeError(error) };
    }
  });
}
