/**
 * One HTML build (no PDFs) in a process of its own, for the bench: how long it
 * took and the process's peak memory, as JSON on stdout. Run by html-build.ts
 * and scaling.ts as `node --import tsx bench/build-once.ts CONTENT OUT PARSE_CACHE`.
 */
import { publishSite } from "../src/publish/publish-site.ts";

const [contentDir, outDir, parseCacheDir] = process.argv.slice(2) as [string, string, string];
const start = performance.now();
const result = await publishSite({ contentDir, outDir, parseCacheDir });
if (!result.ok)
  throw new Error(`the synthetic content did not build: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
console.log(
  JSON.stringify({ seconds: (performance.now() - start) / 1000, peakMB: process.resourceUsage().maxRSS / 1024 }),
);
