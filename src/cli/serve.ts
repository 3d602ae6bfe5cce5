/**
 * `samling serve`: the writer's preview. Builds with drafts and a print
 * preview per report, serves the site on 127.0.0.1, rebuilds when content,
 * layouts or assets change, and reloads open pages. While the content has
 * errors every page shows them — file, line, the lines around, what to do —
 * and comes back by itself once they are fixed. TypeScript changes restart
 * the process (`npm run serve` runs under `tsx watch`); pages reload then too.
 */
import { readFileSync } from "node:fs";
import { watch } from "chokidar";
import { join } from "node:path";
import { buildSite, type BuildResult } from "../build/build-site.ts";
import { projectDir } from "../build/eleventy.ts";
import { startStaticServer } from "../build/static-server.ts";
import { formatCount } from "../render/format.ts";
import { hasErrors } from "../validate/diagnostic.ts";
import { formatReport } from "../validate/format-report.ts";
import type { CliArgs } from "./args.ts";
import { errorPage } from "./error-page.ts";
import { LiveReload, reloadScript } from "./live-reload.ts";

export async function serve(args: CliArgs): Promise<number> {
  const live = new LiveReload();
  let last: BuildResult | undefined;
  let pathPrefix = "/";

  const build = async () => {
    const started = performance.now();
    last = await buildSite({ contentDir: args.contentDir, outDir: args.outDir, drafts: true, preview: true, strict: args.strict, deferSlowSteps: true });
    if (last.diagnostics.length || !last.ok) process.stderr.write(formatReport(last.diagnostics, args.lang));
    if (!last.ok && last.error) process.stderr.write(`samling: ${last.error}\n`);
    if (last.ok) {
      pathPrefix = last.pathPrefix;
      process.stdout.write(`samling: ${formatCount(last.reports, "rapport", "rapporter", "nb")} bygget (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    }
    live.built();
    // Print previews and the search index follow; the next build waits for them.
    if (last.ok) await last.slowSteps?.catch((error: unknown) => process.stderr.write(`samling: ${String(error)}\n`));
  };

  await build();
  await startStaticServer(args.outDir, args.port, {
    pathPrefix: () => pathPrefix,
    intercept: (req, res, file) => {
      if (live.handle(req, res)) return true;
      const wantsPage = file?.endsWith(".html") ?? (req.headers.accept ?? "").includes("text/html");
      if (!wantsPage) return false;
      if (last && (!last.ok || hasErrors(last.diagnostics))) {
        const page = errorPage(last.diagnostics, args.lang, reloadScript, last.ok ? undefined : last.error);
        res.writeHead(500, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" }).end(page);
        return true;
      }
      if (!file) return false;
      let html: string;
      try {
        html = readFileSync(file, "utf8").replace(/<\/body>/i, `${reloadScript}</body>`);
      } catch {
        return false; // gone while a rebuilt site was swapped in: the file server answers 404
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" }).end(html);
      return true;
    },
  });
  process.stdout.write(`samling: http://127.0.0.1:${args.port}${pathPrefix} (Ctrl+C avslutter)\n`);

  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(build)), 150);
  };
  // chokidar, not fs.watch: editors that save by writing a new file and renaming it over the old one
  // are missed by Node's recursive fs.watch on Linux after the first save.
  watch([args.contentDir, join(projectDir, "layouts"), join(projectDir, "assets")], { ignoreInitial: true }).on("all", rebuild);
  return new Promise(() => {}); // runs until interrupted
}
