/**
 * Eleventy configuration. Deliberately thin: content is loaded, validated and
 * modelled in src/ before Eleventy runs; here we only register filters, the
 * site model as global data, and static files.
 * Run through tsx: `tsx node_modules/.bin/eleventy --config=.eleventy.ts --input=layouts/pages`.
 */
import { bundleCss, bundlePrintCss, vendorFiles } from "./src/build/assets.ts";
import { siteData } from "./src/build/site-data.ts";
import { filters } from "./src/render/filters.ts";

interface EleventyConfig {
  setNunjucksEnvironmentOptions(options: object): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobalData(name: string, fn: () => unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addTemplate(path: string, content: unknown, data?: object): void;
}

export default function (config: EleventyConfig) {
  // Every value from YAML is escaped unless a filter made it HTML on purpose.
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  for (const [name, fn] of Object.entries(filters)) config.addFilter(name, fn as (...args: never[]) => unknown);
  config.addGlobalData("samling", () => siteData());
  config.addPassthroughCopy({ "assets/img": "assets/img", "assets/js": "assets/js", "assets/css/preview.css": "assets/css/preview.css", ...vendorFiles() });
  config.addTemplate("samling-css.11ty.js", { render: () => bundleCss("assets") }, { permalink: "/assets/css/samling.css" });
  config.addTemplate("samling-print-css.11ty.js", { render: () => bundlePrintCss("assets") }, { permalink: "/assets/css/print.css" });
  return {
    // The input folder is given by the caller: layouts/pages for the site, layouts/print for print pages.
    dir: { includes: "../parts", layouts: "../parts" },
    templateFormats: ["njk", "11ty.js"],
    htmlTemplateEngine: "njk",
  };
}
