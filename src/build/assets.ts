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
  };
  for (const f of readdirSync(inter)) {
    if (/^inter-(latin|latin-ext)-(400|600|700)-(normal|italic)\.woff2$/.test(f)) files[join(inter, f)] = `assets/fonts/${f}`;
  }
  return files;
}

/** Our own CSS, in cascade order: tokens first, then one file per component. */
export function bundleCss(assetsDir: string): string {
  const cssDir = join(assetsDir, "css");
  const components = readdirSync(join(cssDir, "components")).filter((f) => f.endsWith(".css")).sort();
  const parts = [
    '@import url("../vendor/designsystemet-theme.css");',
    '@import url("../vendor/designsystemet.css");',
    ...["fonts.css", "tokens.css", "base.css"].map((f) => readFileSync(join(cssDir, f), "utf8")),
    ...components.map((f) => `/* ${f} */\n${readFileSync(join(cssDir, "components", f), "utf8")}`),
  ];
  return parts.join("\n");
}
