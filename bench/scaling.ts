/**
 * How samling grows with the number of reports: a production build (HTML and
 * search index, no PDFs, nothing kept from before) of 100, 1,000 and 5,000
 * synthetic reports, each in a process of its own, with its peak memory, and
 * the check alone. Time per report should stay flat: nothing may compare every
 * pair of reports.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "../src/pipeline/check.ts";
import { forgetParses } from "../src/load/parse-cache.ts";
import { buildInChild } from "./child-build.ts";
import { writeSynthetic } from "./synthetic.ts";

export async function benchScaling(counts = [100, 1000, 5000]): Promise<void> {
  console.log("\nScaling: a first production build (no PDFs), and the check alone");
  for (const n of counts) {
    const root = mkdtempSync(join(tmpdir(), "samling-bench-scale-"));
    try {
      writeSynthetic(root, n);
      const build = buildInChild(join(root, "content"), join(root, "site"), join(root, "parse-cache"));
      forgetParses();
      const start = performance.now();
      if (!check(join(root, "content")).model) throw new Error("synthetic content did not validate");
      const checked = (performance.now() - start) / 1000;
      console.log(
        `   ${String(n).padStart(5)} reports   build ${build.seconds.toFixed(1).padStart(5)} s = ${((build.seconds * 1000) / n).toFixed(1)} ms per report, ` +
          `peak RSS ${build.peakMB.toFixed(0)} MB   check ${checked.toFixed(1)} s = ${((checked * 1000) / n).toFixed(1)} ms per report`,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}
