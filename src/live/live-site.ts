/**
 * `serve`'s site: the checked content and its model in memory (live-content.ts),
 * pages rendered when they are asked for (page-renderer.ts), and on disk only
 * what is served as files — stylesheets, scripts, fonts, images, the search
 * index. A save reads again only what it touched; no page is written.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { removeLeftovers, temporariesOf } from "../shared/leftovers.ts";
import { basename, dirname, extname, isAbsolute, join, resolve } from "node:path";
import { swapInto } from "../pipeline/swap-into.ts";
import type { CheckResult } from "../pipeline/check.ts";
import { projectDir } from "../shared/project-dir.ts";
import { prepareMedia } from "../pipeline/media-step.ts";
import { useSiteModel } from "../pipeline/site-data.ts";
import { copiedFiles, generatedFiles } from "../pipeline/site-config.ts";
import { IMAGE_FILE } from "../load/load-content.ts";
import { hasErrors } from "../shared/diagnostic.ts";
import { LiveContent } from "./live-content.ts";
import { LiveSearch } from "./live-search.ts";
import { PageRenderer, type PageRoute } from "./page-renderer.ts";

export interface LiveSiteOptions {
  contentDir: string;
  outDir: string;
  strict?: boolean;
  /** Where resized images are kept between runs. */
  mediaCacheDir?: string;
  /** Where parsed content files are kept between runs. */
  parseCacheDir?: string;
  /** Seconds of quiet after a save before the search index is made again (default 2). */
  searchDelaySeconds?: number;
  /** Where to tell of a search index that could not be made. */
  log?: (line: string) => void;
}

export interface RenderedPage {
  body: string;
  /** The file name's extension decides the content type, as for files on disk. */
  ext: string;
}

/** A request's path, without the site's prefix, query or fragment: "/rapporter/a/?x" → "/a/". */
function sitePath(url: string, pathPrefix: string): string {
  const raw = url.split(/[?#]/)[0]!;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    path = raw; // not a page's address («%E0%A4»): no page has it, and the file server answers 404
  }
  const inSite = pathPrefix !== "/" && path.startsWith(pathPrefix) ? path.slice(pathPrefix.length - 1) : path;
  return inSite.endsWith("/index.html") ? inSite.slice(0, -"index.html".length) : inSite;
}

export class LiveSite {
  private content!: LiveContent;
  private readonly outDir: string;
  private pages = new PageRenderer("pages");
  private print = new PageRenderer("print");
  private routes?: { pages: Map<string, PageRoute>; print: Map<string, PageRoute> };
  private checked: CheckResult = { diagnostics: [] };
  private imagesKey = "";
  readonly search: LiveSearch;

  constructor(private readonly options: LiveSiteOptions) {
    this.outDir = resolve(options.outDir);
    this.search = new LiveSearch(this.outDir, () => this.htmlPages(), options.searchDelaySeconds ?? 2, options.log);
  }

  /** The first load: checks everything, and writes the files the pages need into a fresh output folder. */
  async start(): Promise<void> {
    const name = basename(this.outDir);
    const fresh = join(dirname(this.outDir), `.${name}.serving-${process.pid}`);
    // A killed serve's folder, left beside this one: its process is gone.
    removeLeftovers(dirname(this.outDir), temporariesOf(name, ["serving"]));
    rmSync(fresh, { recursive: true, force: true });
    this.writeAssets(fresh);
    swapInto(fresh, this.outDir);
    const { contentDir, strict, parseCacheDir } = this.options;
    this.content = new LiveContent(contentDir, {
      drafts: true,
      preview: true,
      strict: Boolean(strict),
      ...(parseCacheDir && { parseCacheDir }),
    });
    await this.refresh(true);
  }

  get result(): CheckResult {
    return this.checked;
  }

  get pathPrefix(): string {
    return this.checked.model?.pathPrefix ?? "/";
  }

  /** Content files changed: check what they touch again, and take the new model into use. */
  async update(paths: readonly string[]): Promise<void> {
    this.content.update(paths);
    await this.refresh(paths.some((p) => IMAGE_FILE.test(p)));
  }

  /** Templates changed: read them again. */
  reloadTemplates(): void {
    this.pages = new PageRenderer("pages");
    this.print = new PageRenderer("print");
    this.routes = undefined;
    this.search.schedule();
  }

  /** Stylesheets, scripts or images of the site changed: write them again. */
  rewriteAssets(): void {
    this.writeAssets(this.outDir); // the pages' words are as they were: the search index stands
  }

  private async refresh(imagesChanged: boolean): Promise<void> {
    this.checked = this.content.result();
    this.routes = undefined;
    const model = this.checked.model;
    if (!model || hasErrors(this.checked.diagnostics)) return;
    useSiteModel(model);
    const images = model.reports.flatMap((r) => r.images);
    const key = JSON.stringify(images);
    if (imagesChanged || key !== this.imagesKey) {
      const publish = await prepareMedia(model, this.options.mediaCacheDir);
      publish(this.outDir);
      this.imagesKey = key;
    }
    this.search.schedule();
  }

  private writeAssets(dir: string): void {
    mkdirSync(dir, { recursive: true });
    for (const [from, to] of Object.entries(copiedFiles())) {
      cpSync(isAbsolute(from) ? from : join(projectDir, from), join(dir, to), { recursive: true });
    }
    for (const [path, render] of Object.entries(generatedFiles())) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), render());
    }
  }

  private routeTable() {
    if (!this.routes) {
      const globals = { samling: this.checked.model };
      this.routes = { pages: this.pages.routes(globals), print: this.print.routes(globals) };
    }
    return this.routes;
  }

  /** The page at a request's address, rendered now; undefined when no template makes it (a file, or nothing). */
  render(url: string): RenderedPage | undefined {
    if (!this.checked.model) return undefined;
    const path = sitePath(url, this.pathPrefix);
    const { pages, print } = this.routeTable();
    const route = pages.get(path);
    if (route) return { body: this.pages.render(route), ext: extname(route.url) || ".html" };
    const printRoute = print.get(path);
    return printRoute && { body: this.print.render(printRoute), ext: ".html" };
  }

  /** Every web page, as the search index reads them: its file's path in the site, and its HTML. */
  private *htmlPages(): Generator<{ path: string; html: string }> {
    if (!this.checked.model) return;
    for (const route of this.routeTable().pages.values()) {
      if (!route.url.endsWith("/")) continue;
      yield { path: `${route.url.slice(1)}index.html`, html: this.pages.render(route) };
    }
  }

  /** Stops the search index's background work. */
  async close(): Promise<void> {
    await this.search.close();
  }
}
