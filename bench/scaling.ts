/**
 * How the content stages grow with the number of reports: load, validate and
 * model (samling check) of 100, 1,000 and 5,000 synthetic reports. Per-report
 * time should stay flat: nothing may compare every pair of reports.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "../src/build/check.ts";
import { writeSynthetic } from "./synthetic.ts";

export async function benchScaling(counts = [100, 1000, 5000]): Promise<void> {
  console.log("\nScaling: load + validate + model (samling check)");
  for (const n of counts) {
    const root = mkdtempSync(join(tmpdir(), "samling-bench-scale-"));
    try {
      writeSynthetic(root, n);
      const runs: number[] = [];
      for (let round = 0; round < 2; round++) {
        const start = performance.now();
        const result = check(join(root, "content"));
        if (!result.model) throw new Error("synthetic content did not validate");
        runs.push(performance.now() - start);
      }
      const best = Math.min(...runs);
      const rss = process.resourceUsage().maxRSS / 1024;
      console.log(`   ${String(n).padStart(5)} reports   ${(best / 1000).toFixed(2)} s   ${(best / n).toFixed(2)} ms per report   peak RSS so far ${rss.toFixed(0)} MB`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}
