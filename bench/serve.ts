/**
 * The writer's loop: how long from saving a file until `serve` has published
 * the rebuilt pages (the moment it tells the open page to reload), at 10, 100
 * and 1,000 reports; the median of several saves of one block file, and of
 * site.yaml (which touches every page). Print previews and the search index
 * follow in the background and are not counted; each save waits for them.
 */
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../src/build/build-site.ts";
import { writeSynthetic } from "./synthetic.ts";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function saveAndRebuild(root: string, file: string, line: string): Promise<number> {
  appendFileSync(file, line);
  const start = performance.now();
  const result = await buildSite({ contentDir: join(root, "content"), outDir: join(root, "_site"), drafts: true, preview: true, deferSlowSteps: true });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error("rebuild failed");
  await result.slowSteps;
  return ms;
}

export async function benchServe(counts: Array<[reports: number, saves: number]> = [[10, 20], [100, 20], [1000, 5]]): Promise<void> {
  console.log("\nServe: save → rebuilt pages published (median)");
  for (const [n, saves] of counts) {
    const root = mkdtempSync(join(tmpdir(), "samling-bench-serve-"));
    try {
      writeSynthetic(root, n);
      await saveAndRebuild(root, join(root, "content/site.yaml"), ""); // the first build, as serve starts
      const block: number[] = [];
      const site: number[] = [];
      const closing = join(root, "content/reports/rapport-0000/15-slutt.yaml");
      for (let i = 0; i < saves; i++) block.push(await saveAndRebuild(root, closing, `# lagret ${i}\n`));
      for (let i = 0; i < Math.min(saves, 5); i++) site.push(await saveAndRebuild(root, join(root, "content/site.yaml"), `# lagret ${i}\n`));
      const rss = process.resourceUsage().maxRSS / 1024;
      console.log(`   ${String(n).padStart(5)} reports   block file ${(median(block) / 1000).toFixed(2)} s   site.yaml ${(median(site) / 1000).toFixed(2)} s   (${saves} saves; peak RSS so far ${rss.toFixed(0)} MB)`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  console.log("   target: ≤ 0.3 s for a block file and ≤ 1 s for site.yaml at 1,000 reports");
}
