/**
 * Static files the site needs: our stylesheets bundled into one file (so the
 * print step can read one stylesheet), the print layout's Paged.js handlers
 * joined into one script, our other scripts, Designsystemet's CSS and the Inter
 * font, copied from node_modules so nothing is loaded from a CDN.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join } from "node:path";
import { projectDir } from "../shared/project-dir.ts";
import { isOwnSite, siteDir } from "../shared/site-dir.ts";

/**
 * A path of samling's own, as named in the bundles' comments ("assets/css/base.css"), read from its
 * package wherever samling is run from.
 */
const own = (path: string): string => (isAbsolute(path) ? path : join(projectDir, path));

const require = createRequire(import.meta.url);

/** Source → destination (relative to the output folder) for files copied as they are. */
export function vendorFiles(): Record<string, string> {
  const inter = join(dirname(require.resolve("@fontsource/inter/index.css")), "files");
  const files: Record<string, string> = {
    [require.resolve("@digdir/designsystemet-css/theme")]: "assets/vendor/designsystemet-theme.css",
    [require.resolve("@digdir/designsystemet-css")]: "assets/vendor/designsystemet.css",
    // pagedjs exports no subpaths; its main entry is lib/index.cjs, the polyfill sits in dist/.
    [join(dirname(require.resolve("pagedjs")), "../dist/paged.polyfill.min.js")]: "assets/vendor/paged.polyfill.min.js",
  };
  for (const f of readdirSync(inter)) {
    if (/^inter-(latin|latin-ext)-(400|600|700)-(normal|italic)\.woff2$/.test(f))
      files[join(inter, f)] = `assets/fonts/${f}`;
  }
  return files;
}

const cssFiles = (dir: string): string[] =>
  readdirSync(own(dir))
    .filter((f) => f.endsWith(".css"))
    .sort()
    .map((f) => join(dir, f));

/** Files joined in order, each under a comment naming it. No @import: Paged.js must see one sheet. */
const concat = (files: string[]): string => files.map((f) => `/* ${f} */\n${readFileSync(own(f), "utf8")}`).join("\n");

/** Our web CSS, in cascade order: fonts and tokens, base, then one file per component. */
export function bundleCss(assetsDir: string): string {
  const css = join(assetsDir, "css");
  return concat([
    ...["fonts.css", "tokens.css", "base.css"].map((f) => join(css, f)),
    ...cssFiles(join(css, "components")),
  ]);
}

/** The site's own stylesheet (assets/site.css in its folder), loaded after samling's; none in samling's own repository. */
export function siteCss(): string {
  const file = join(siteDir(), "assets", "site.css");
  return isOwnSite() && existsSync(file) ? `\n/* site: assets/site.css */\n${readFileSync(file, "utf8")}` : "";
}

/** Files kept in samling's own folders, not the site's: the README that says so, and the site's stylesheet (bundled). */
const NOT_COPIED = /^(README(\.\w+)*\.md|site\.css)$/i;

/**
 * The site's own files in its assets/ folder (a logo, images), copied into the output's assets/ as
 * they are: `logo: /assets/logo.svg` in site.yaml shows assets/logo.svg. None in samling's repository.
 */
export function siteAssetFiles(): Record<string, string> {
  const dir = join(siteDir(), "assets");
  if (!isOwnSite() || !existsSync(dir)) return {};
  const names = readdirSync(dir)
    .filter((f) => !NOT_COPIED.test(f) && !f.startsWith("."))
    .sort();
  return Object.fromEntries(names.map((f) => [join(dir, f), `assets/${f}`]));
}

/** The print overrides, loaded after the web CSS by the print layout. */
export const bundlePrintCss = (assetsDir: string): string => concat(cssFiles(join(assetsDir, "css/print")));

/** The sources of the generated print-handlers.js: published only as that one script. */
const PRINT_HANDLERS = "print-handlers";

/** Our scripts, copied as they are: every entry of assets/js but the print handlers' sources. */
export function scriptFiles(): Record<string, string> {
  const names = readdirSync(join(projectDir, "assets/js"))
    .filter((f) => f !== PRINT_HANDLERS)
    .sort();
  return Object.fromEntries(names.map((f) => [`assets/js/${f}`, `assets/js/${f}`]));
}

/** An entry of print-handlers/index.json: a file, or files that share one scope. */
type HandlerEntry = string | string[];

/**
 * The print layout's Paged.js handlers, one file each in assets/js/print-handlers/, joined into
 * one classic script in the order its index.json lists them, which is the order Paged.js
 * registers them in. Files listed together in a list share one scope: they are wrapped in one
 * function, so the helpers they share name nothing global. A file index.json does not list is
 * an error, not a handler left out without a word.
 */
export function bundlePrintHandlers(assetsDir: string): string {
  const dir = join(assetsDir, "js", PRINT_HANDLERS);
  const index = join(dir, "index.json");
  const { order } = JSON.parse(readFileSync(own(index), "utf8")) as { order: HandlerEntry[] };
  const listed = order.flat();
  const unlisted = readdirSync(own(dir)).filter((f) => f.endsWith(".js") && !listed.includes(f));
  if (unlisted.length)
    throw new Error(`${index} does not list ${unlisted.join(", ")}: add each handler where it is to be registered.`);
  const part = (entry: HandlerEntry): string =>
    typeof entry === "string"
      ? concat([join(dir, entry)])
      : `/* One scope (${index}): what these files share names nothing global. */\n(() => {\n${concat(entry.map((f) => join(dir, f)))}})();\n`;
  return [`/* Paged.js handlers for the print layout, registered in this order: ${index}. */`, ...order.map(part)].join(
    "\n",
  );
}
