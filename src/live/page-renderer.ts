/**
 * The site's pages rendered one at a time, on request, from the model in
 * memory: `serve`'s preview. Same page templates, same filters, same Nunjucks
 * settings as the Eleventy build (.eleventy.ts) — and Eleventy's own copy of
 * Nunjucks — so a previewed page is, byte for byte, the page a build writes
 * (tests/live compare them). Of Eleventy, only what samling's templates use is
 * reproduced: front matter, `layout` chains, one-item pagination with an alias,
 * `permalink` and `page.url`. A template that needs more fails loudly here
 * (see `unsupported`), not silently differently.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import matter from "gray-matter";
import type NunjucksLib from "nunjucks";
import { layoutsDir } from "../pipeline/layouts.ts";
import { projectDir } from "../shared/project-dir.ts";
import { NUNJUCKS_OPTIONS } from "../pipeline/site-config.ts";
import { filters } from "../render/filters.ts";

const require = createRequire(import.meta.url);
/** The Nunjucks Eleventy renders with: one version, one behaviour. */
const nunjucks = createRequire(require.resolve("@11ty/eleventy"))("nunjucks") as typeof NunjucksLib;
/** How Nunjucks escapes a value it prints (its `lib`, untyped in @types/nunjucks). */
const escapeValue = (nunjucks.lib as unknown as { escape: (s: string) => string }).escape;

export type PageSet = "pages" | "print";

interface Pagination {
  data: string;
  size: number;
  alias: string;
}

interface PageTemplate {
  name: string;
  data: Record<string, unknown>;
  template: NunjucksLib.Template;
  permalink: ((data: Record<string, unknown>) => string) | undefined;
  pagination?: Pagination;
}

/** One page of the site: the template that makes it and the data it is made with. */
export interface PageRoute {
  url: string;
  template: PageTemplate;
  data: Record<string, unknown>;
}

const KNOWN_KEYS = new Set([
  "layout",
  "pagination",
  "permalink",
  "eleventyExcludeFromCollections",
  "titleKey",
  "schemaNames",
]);

/** What the templates use of Eleventy, and nothing more: anything else would render differently here. */
function unsupported(file: string, data: Record<string, unknown>): string | undefined {
  const unknown = Object.keys(data).find((k) => !KNOWN_KEYS.has(k) && /^(eleventy|pagination|permalink)/.test(k));
  if (unknown) return `${file}: the preview does not know the front matter key «${unknown}»`;
  const p = data.pagination as Record<string, unknown> | undefined;
  if (p && (p.size !== 1 || typeof p.alias !== "string" || typeof p.data !== "string"))
    return `${file}: the preview renders only pagination with size 1 and an alias`;
  return undefined;
}

/** Looks up a dotted path («samling.reports») in the data, as Eleventy's pagination does. */
const lookUp = (data: Record<string, unknown>, path: string): unknown =>
  path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);

/**
 * A permalink as a function of the page's data. The common «{{ report.url }}utskrift/» — text around one
 * value — is looked up directly, escaped as Nunjucks escapes it: a thousand reports' addresses are made
 * on every save, and a Nunjucks render of each would take a tenth of a second. Anything else is rendered.
 */
function permalinkOf(permalink: string, env: NunjucksLib.Environment): (data: Record<string, unknown>) => string {
  const simple = /^([^{}]*)\{\{\s*([\w.]+)\s*\}\}([^{}]*)$/.exec(permalink);
  if (simple) {
    const [, before, path, after] = simple as unknown as [string, string, string, string];
    return (data) => {
      const value = lookUp(data, path);
      return before + (value === undefined || value === null ? "" : escapeValue(String(value))) + after;
    };
  }
  const template = new nunjucks.Template(permalink, env);
  return (data) => template.render(data);
}

/** Eleventy's default address for a template without a permalink: index.njk → "/", about.njk → "/about/". */
const defaultUrl = (name: string): string => (name === "index" ? "/" : `/${name}/`);

export class PageRenderer {
  private readonly env: NunjucksLib.Environment;
  private readonly templates: PageTemplate[];
  private readonly layouts = new Map<string, { data: Record<string, unknown>; template: NunjucksLib.Template }>();

  private readonly root = layoutsDir();

  constructor(pageSet: PageSet) {
    const parts = join(this.root, "parts");
    // Eleventy's loader looks in the includes folder, then the working folder (the project).
    this.env = new nunjucks.Environment(new nunjucks.FileSystemLoader([parts, projectDir]), NUNJUCKS_OPTIONS);
    for (const [name, fn] of Object.entries(filters)) this.env.addFilter(name, fn as (...args: unknown[]) => unknown);
    const dir = join(this.root, pageSet);
    this.templates = readdirSync(dir)
      .filter((f) => f.endsWith(".njk"))
      .sort()
      .map((f) => this.readTemplate(join(dir, f)));
  }

  private readTemplate(path: string): PageTemplate {
    const { data, content } = matter(readFileSync(path, "utf8"));
    const problem = unsupported(path, data);
    if (problem) throw new Error(problem);
    const pagination = data.pagination as Pagination | undefined;
    return {
      name: basename(path, ".njk"),
      data,
      template: new nunjucks.Template(content, this.env, path),
      permalink: typeof data.permalink === "string" ? permalinkOf(data.permalink, this.env) : undefined,
      ...(pagination && { pagination }),
    };
  }

  private layout(name: string) {
    let layout = this.layouts.get(name);
    if (!layout) {
      const path = join(this.root, "parts", name);
      const { data, content } = matter(readFileSync(path, "utf8"));
      layout = { data, template: new nunjucks.Template(content, this.env, path) };
      this.layouts.set(name, layout);
    }
    return layout;
  }

  /** Every page the templates make from these global data, by address. */
  routes(globals: Record<string, unknown>): Map<string, PageRoute> {
    const routes = new Map<string, PageRoute>();
    for (const template of this.templates) {
      const base = { ...globals, ...template.data };
      const items = template.pagination
        ? ((lookUp(base, template.pagination.data) as unknown[] | undefined) ?? [])
        : [undefined];
      for (const item of items) {
        const data = template.pagination ? { ...base, [template.pagination.alias]: item } : base;
        const url = template.permalink ? template.permalink(data) : defaultUrl(template.name);
        routes.set(url, { url, template, data });
      }
    }
    return routes;
  }

  /** The page, as Eleventy would write it: the template, then each layout around it. */
  render(route: PageRoute): string {
    let data: Record<string, unknown> = { ...route.data, page: { url: route.url } };
    let html = route.template.template.render(data);
    let layoutName = data.layout as string | undefined;
    while (layoutName) {
      const layout = this.layout(layoutName);
      data = { ...layout.data, ...data, layout: layout.data.layout, content: html };
      html = layout.template.render(data);
      layoutName = layout.data.layout as string | undefined;
    }
    return html;
  }
}
