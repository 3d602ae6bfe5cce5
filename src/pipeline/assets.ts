/**
 * Static files the site needs: our stylesheets bundled into one file (so the
 * print step can read one stylesheet), Designsystemet's CSS and the Inter font,
 * copied from node_modules so nothing is loaded from a CDN.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

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
    if (/^inter-(latin|latin-ext)-(400|600|700)-(normal|italic)\.woff2$/.test(f)) files[join(inter, f)] = `assets/fonts/${f}`;
  }
  return files;
}

const cssFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith(".css")).sort().map((f) => join(dir, f));

/** Files joined in order, each under a comment naming it. No @import: Paged.js must see one sheet. */
const concat = (files: string[]): string => files.map((f) => `/* ${f} */\n${readFileSync(f, "utf8")}`).join("\n");

/** Our web CSS, in cascade order: fonts and tokens, base, then one file per component. */
export function bundleCss(assetsDir: string): string {
  const css = join(assetsDir, "css");
  return concat([...["fonts.css", "tokens.css", "base.css"].map((f) => join(css, f)), ...cssFiles(join(css, "components"))]);
}

/** The print overrides, loaded after the web CSS by the print layout. */
export const bundlePrintCss = (assetsDir: string): string => concat(cssFiles(join(assetsDir, "css/print")));
