/**
 * samling's HTML build of N synthetic reports against
 * bare Eleventy rendering the same prose as plain Markdown with one layout,
 * in one run on one machine. Prints both times and the ratio (target ≤ 1.25).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { buildSite } from "../src/build/build-site.ts";
import { writeSynthetic } from "./synthetic.ts";


async function time(label: string, run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(34)} ${seconds.toFixed(2)} s`);
  return seconds;
}

async function bareEleventy(root: string): Promise<void> {
  // No config file: Eleventy's defaults, Markdown with one Nunjucks layout.
  const eleventy = new Eleventy(join(root, "plain"), join(root, "plain-site"), { quietMode: true });
  eleventy.setIsVerbose(false);
  await eleventy.write();
}

async function samling(root: string): Promise<void> {
  const result = await buildSite({ contentDir: join(root, "content"), outDir: join(root, "samling-site") });
  if (!result.ok) throw new Error(`synthetic content did not validate: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
}

export async function benchHtml(count: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "samling-bench-"));
  try {
  console.log(`Generating ${count} synthetic reports in ${root} …`);
  writeSynthetic(root, count);
  // Each is run twice, alternating, and the faster run counts: the first run of
  // either pays for loading modules and warming the JIT, which is not what we compare.
  const bare: number[] = [];
  const ours: number[] = [];
  for (let round = 1; round <= 2; round++) {
    bare.push(await time(`bare Eleventy, round ${round}`, () => bareEleventy(root)));
    ours.push(await time(`samling build, round ${round}`, () => samling(root)));
  }
  const [b, o] = [Math.min(...bare), Math.min(...ours)];
  console.log(`\nbare Eleventy (Markdown + layout)  ${b.toFixed(2)} s`);
  console.log(`samling build (HTML)               ${o.toFixed(2)} s`);
  console.log(`ratio samling / bare Eleventy      ${(o / b).toFixed(2)}  (target ≤ 1.25)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
