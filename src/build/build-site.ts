/**
 * `samling build`: validate, then render with Eleventy into a fresh folder
 * beside the output, and only when that succeeded swap it into place. A failed
 * build leaves the previous site exactly as it was.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { hasErrors, type Diagnostic } from "../validate/diagnostic.ts";
import { check } from "./check.ts";
import { useSiteModel } from "./site-data.ts";
import { ensureTypeScriptLoader } from "./typescript-loader.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
}

export type BuildResult =
  | { ok: true; diagnostics: Diagnostic[]; reports: number; pages: number }
  | { ok: false; diagnostics: Diagnostic[]; error?: string };

/** The project folder: where .eleventy.ts, layouts/ and assets/ are. */
const projectDir = resolve(dirname(new URL(import.meta.url).pathname), "../..");

function swapInto(fresh: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
}

/** Eleventy wraps the real cause; show both, never a stack. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { originalError?: Error }).originalError ?? (error.cause as Error | undefined);
  return cause?.message && cause.message !== error.message ? `${error.message}\n${cause.message}` : error.message;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const contentDir = resolve(options.contentDir);
  const target = resolve(options.outDir);
  const result = check(contentDir);
  if (!result.model || hasErrors(result.diagnostics)) return { ok: false, diagnostics: result.diagnostics };
  useSiteModel(contentDir, result.model);
  process.env.SAMLING_CONTENT = contentDir;

  const fresh = join(dirname(target), `.${basename(target)}.building-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  const cwd = process.cwd();
  ensureTypeScriptLoader();
  try {
    process.chdir(projectDir); // Eleventy resolves its folders against the working directory.
    const eleventy = new Eleventy(join(projectDir, "layouts/pages"), fresh, {
      configPath: join(projectDir, ".eleventy.ts"),
      quietMode: true,
    });
    eleventy.setIsVerbose(false);
    const written = (await eleventy.write()) as unknown as Array<Array<{ outputPath?: string }>> | undefined;
    const pages = (written ?? []).flat().filter((w) => w?.outputPath?.endsWith(".html")).length;
    swapInto(fresh, target);
    return { ok: true, diagnostics: result.diagnostics, reports: result.model.reports.length, pages };
  } catch (error) {
    // Eleventy may still be copying static files into `fresh` after a template failed;
    // removing it now would crash those copies. Clear it when the process ends instead
    // (and at the start of the next build, which uses the same name).
    process.once("exit", () => rmSync(fresh, { recursive: true, force: true }));
    return { ok: false, diagnostics: result.diagnostics, error: describeError(error) };
  } finally {
    process.chdir(cwd);
  }
}
