/**
 * Eleventy configuration. Deliberately thin: content is loaded, validated and
 * modelled in src/ before Eleventy runs; here we only register filters, the
 * site model as global data, and static files.
 * Run through tsx: `tsx node_modules/.bin/eleventy --config=.eleventy.ts --input=layouts/pages`.
 */
import { copiedFiles, generatedFiles, NUNJUCKS_OPTIONS } from "./src/pipeline/site-config.ts";
import { siteData } from "./src/pipeline/site-data.ts";
import { filters } from "./src/render/filters.ts";

interface EleventyConfig {
  setNunjucksEnvironmentOptions(options: object): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobalData(name: string, fn: () => unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addTemplate(path: string, content: unknown, data?: object): void;
  benchmarkManager: { get(group: string): { setMinimumThresholdMs(ms: number): void } };
}

export default function (config: EleventyConfig) {
  // No «[11ty] Benchmark … Nunjucks Filter» warnings: samling's filters are where its work is (threshold 0 turns them off).
  for (const group of ["Configuration", "Aggregate"]) config.benchmarkManager.get(group).setMinimumThresholdMs(0);
  config.setNunjucksEnvironmentOptions({ ...NUNJUCKS_OPTIONS });
  for (const [name, fn] of Object.entries(filters)) config.addFilter(name, fn as (...args: never[]) => unknown);
  config.addGlobalData("samling", () => siteData());
  config.addPassthroughCopy(copiedFiles());
  for (const [permalink, render] of Object.entries(generatedFiles())) {
    config.addTemplate(`${permalink.slice(1).replaceAll("/", "-")}.11ty.js`, { render }, { permalink });
  }
  return {
    // The input folder is given by the caller: layouts/pages for the site, layouts/print for print pages.
    dir: { includes: "../parts", layouts: "../parts" },
    templateFormats: ["njk", "11ty.js"],
    htmlTemplateEngine: "njk",
  };
}
