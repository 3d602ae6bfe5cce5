/**
 * Eleventy configuration. Deliberately thin: content is loaded, validated and
 * modelled in src/ before Eleventy runs; here we only register filters, the
 * site model as global data, and static files.
 * Run through tsx: `tsx node_modules/.bin/eleventy --config=.eleventy.ts`.
 */
import { bundleCss, vendorFiles } from "./src/build/assets.ts";
import { siteData } from "./src/build/site-data.ts";
import { filters } from "./src/render/filters.ts";

interface EleventyConfig {
  setNunjucksEnvironmentOptions(options: object): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobalData(name: string, fn: () => unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addTemplate(path: string, content: unknown, data?: object): void;
  setQuietMode(quiet: boolean): void;
}

export default function (config: EleventyConfig) {
  // Every value from YAML is escaped unless a filter made it HTML on purpose.
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  for (const [name, fn] of Object.entries(filters)) config.addFilter(name, fn as (...args: never[]) => unknown);
  config.addGlobalData("samling", () => siteData());
  config.addPassthroughCopy({ "assets/img": "assets/img", ...vendorFiles() });
  config.addTemplate("samling-css.11ty.js", { render: () => bundleCss("assets") }, { permalink: "/assets/css/samling.css" });
  return {
    dir: { input: "layouts/pages", includes: "../parts", layouts: "../parts", data: "_data" },
    templateFormats: ["njk", "11ty.js"],
    htmlTemplateEngine: "njk",
  };
}
