/** Runs Eleventy with samling's configuration on one folder of page templates. */
import { join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { ensureTypeScriptLoader } from "./typescript-loader.ts";
import { projectDir } from "../shared/project-dir.ts";
import { layoutsDir } from "./layouts.ts";

/** What Eleventy wrote: its HTML pages' count, and every file with the size of what it rendered (verify-output.ts). */
export interface Rendered {
  pages: number;
  files: Array<{ path: string; bytes: number }>;
}

/**
 * Renders `layouts/<pages>` into `outDir`; returns what was written.
 * `pathPrefix` is where the site will be published ("/rapporter/"); the print
 * pages are served locally from the root and take none.
 */
export async function runEleventy(pages: "pages" | "print", outDir: string, pathPrefix = "/"): Promise<Rendered> {
  ensureTypeScriptLoader();
  const cwd = process.cwd();
  try {
    process.chdir(projectDir); // Eleventy resolves its folders against the working directory.
    const eleventy = new Eleventy(join(layoutsDir(), pages), outDir, {
      configPath: join(projectDir, ".eleventy.ts"),
      quietMode: true,
      pathPrefix,
    });
    eleventy.setIsVerbose(false);
    // samling says what it built, in the writer's language; Eleventy's own lines («[11ty] Copied … Wrote …»,
    // «[11ty] Benchmark … "hyphenate" Nunjucks Filter») would say nothing a writer can act on. Its errors
    // are thrown, and reported by the build.
    eleventy.disableLogger();
    const written = (await eleventy.write()) as unknown as
      Array<Array<{ outputPath?: string | false; content?: string | Uint8Array }>> | undefined;
    const files = (written ?? [])
      .flat()
      .flatMap((w) =>
        w?.outputPath && w.content !== undefined
          ? [{ path: resolve(projectDir, w.outputPath), bytes: Buffer.byteLength(w.content) }]
          : [],
      );
    return { pages: files.filter((f) => f.path.endsWith(".html")).length, files };
  } finally {
    process.chdir(cwd);
  }
}

/** Eleventy wraps the real cause; show both, never a stack. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { originalError?: Error }).originalError ?? (error.cause as Error | undefined);
  return cause?.message && cause.message !== error.message ? `${error.message}\n${cause.message}` : error.message;
}
