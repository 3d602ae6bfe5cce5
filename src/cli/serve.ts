/**
 * `samling serve`: the writer's preview. Checks the content once, keeps it and
 * its model in memory, and renders each page when the browser asks for it —
 * with the build's own templates and filters, so the preview is the page a
 * build publishes (src/live/). A save reads again only the files it touched,
 * and open pages reload. While the content has errors every page shows them —
 * file, line, the lines around, what to do — and comes back by itself once
 * they are fixed. Drafts and print preview pages are included; the search
 * index follows a few seconds behind. TypeScript changes restart the process
 * (`npm run serve` runs under `tsx watch`); pages reload then too.
 */
import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, relative, resolve } from "node:path";
import { describeError } from "../pipeline/eleventy.ts";
import { projectDir } from "../shared/project-dir.ts";
import { siteDir } from "../shared/site-dir.ts";
import { CONTENT_TYPES, startStaticServer } from "../shared/static-server.ts";
import { defaultParseCacheDir, defaultServeDir } from "../pipeline/cache-dirs.ts";
import { LiveSite } from "../live/live-site.ts";
import { cliMessages } from "../shared/cli-messages/index.ts";
import { hasErrors } from "../shared/diagnostic.ts";
import { formatReport } from "../validate/format-report.ts";
import type { CliArgs } from "./args.ts";
import { errorPage } from "./error-page.ts";
import { LiveReload, reloadScript } from "./live-reload.ts";
import { watchFiles } from "./watch-files.ts";

export async function serve(args: CliArgs): Promise<number> {
  const m = cliMessages(args.lang).serve;
  const live = new LiveReload();
  const site = new LiveSite({
    contentDir: args.contentDir,
    outDir: defaultServeDir(args.port),
    strict: args.strict,
    parseCacheDir: defaultParseCacheDir(),
    log: (line) => process.stderr.write(`${line}\n`),
  });

  const report = (started: number) => {
    const { diagnostics, model } = site.result;
    if (diagnostics.length) process.stderr.write(formatReport(diagnostics, args.lang));
    if (model)
      process.stdout.write(`samling: ${m.ready(model.reports.length, Math.round(performance.now() - started))}\n`);
  };

  const showErrors = (res: ServerResponse, error?: string) => {
    const page = errorPage(site.result.diagnostics, args.lang, reloadScript, error);
    res.writeHead(500, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" }).end(page);
  };

  const answer = (req: IncomingMessage, res: ServerResponse, file: string | undefined): boolean => {
    if (live.handle(req, res)) return true;
    const wantsPage = file?.endsWith(".html") ?? (req.headers.accept ?? "").includes("text/html");
    const broken = !site.result.model || hasErrors(site.result.diagnostics);
    if (broken) {
      if (!wantsPage) return false;
      showErrors(res);
      return true;
    }
    let page;
    try {
      page = site.render(req.url ?? "/");
    } catch (error) {
      // A template that fails (while it is being edited) shows on the page, as bad content does.
      showErrors(res, describeError(error));
      return true;
    }
    if (!page) return false; // a file: stylesheet, image, search index
    const body = page.ext === ".html" ? page.body.replace(/<\/body>/i, `${reloadScript}</body>`) : page.body;
    res
      .writeHead(200, {
        "content-type": CONTENT_TYPES[page.ext] ?? "application/octet-stream",
        "cache-control": "no-cache",
      })
      .end(body);
    return true;
  };

  const contentDir = resolve(args.contentDir);
  // samling's own templates and styles, and a site's own (its layouts/ and assets/) when it has a folder of its own.
  const existing = (dirs: string[]) => [...new Set(dirs)].filter((d) => existsSync(d));
  const layoutsDirs = existing([join(projectDir, "layouts"), join(siteDir(), "layouts")]);
  const assetsDirs = existing([join(projectDir, "assets"), join(siteDir(), "assets")]);
  let started = performance.now();
  let startedUp!: () => void;
  const ready = new Promise<void>((done) => (startedUp = done));
  const apply = async (paths: string[]) => {
    await ready; // a save during start-up is handled once the content is read
    started = performance.now();
    const inside = (dir: string) => paths.filter((p) => !relative(dir, p).startsWith(".."));
    try {
      if (layoutsDirs.some((d) => inside(d).length)) site.reloadTemplates();
      if (assetsDirs.some((d) => inside(d).length)) site.rewriteAssets();
      const content = inside(contentDir);
      if (content.length) await site.update(content);
    } catch (error) {
      process.stderr.write(`samling: ${describeError(error)}\n`);
    }
    report(started);
    live.built();
  };
  // Watching starts before the content is read, and the address is given once every folder is
  // watched: a save at any time after that is seen.
  await watchFiles([contentDir, ...layoutsDirs, ...assetsDirs], apply);
  started = performance.now();
  await site.start();
  report(started);
  startedUp();
  await startStaticServer(defaultServeDir(args.port), args.port, {
    pathPrefix: () => site.pathPrefix,
    intercept: answer,
    allowedHosts: args.hosts,
  });
  process.stdout.write(`samling: ${m.address(`http://127.0.0.1:${args.port}${site.pathPrefix}`)}\n`);

  return new Promise(() => {}); // runs until interrupted
}
