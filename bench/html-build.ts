/**
 * samling's production build (HTML, no PDFs) of N synthetic reports against
 * what a user would assemble by hand: Eleventy's command rendering the same
 * prose as plain Markdown with one layout, then Pagefind's command indexing it.
 * Every run is a command of its own, as a user runs them, writing into an empty
 * folder (samling always builds into a fresh folder, which it swaps in: on this
 * machine creating files is a large part of the time — Pagefind alone takes
 * twice as long writing its index anew as over its last one). samling is timed
 * with its parse store empty (a first build, as on a fresh clone) and filled
 * (every later build), and reports its peak memory.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pagefindCommand } from "../src/pipeline/search-index.ts";
import { buildInChild } from "./child-build.ts";
import { writeSynthetic } from "./synthetic.ts";

const require = createRequire(import.meta.url);

/** Runs a command; its time in seconds. */
function seconds(command: string, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(command, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed:\n${run.stderr}`);
  return (performance.now() - start) / 1000;
}

/** Eleventy's command with no config file: its defaults, Markdown with one Nunjucks layout. */
const bareEleventy = (root: string) =>
  seconds(process.execPath, [
    join(dirname(require.resolve("@11ty/eleventy")), "../cmd.cjs"),
    `--input=${join(root, "plain")}`,
    `--output=${join(root, "plain-site")}`,
    "--quiet",
  ]);

/** Pagefind's command, as its README has it. */
const pagefind = (site: string) => seconds(process.execPath, [pagefindCommand(), "--site", site, "--silent"]);

export async function benchHtml(count: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "samling-bench-"));
  try {
    console.log(`Production build of ${count} synthetic reports (HTML and search index, no PDFs), in ${root}`);
    writeSynthetic(root, count);
    const bare: number[] = [];
    const indexed: number[] = [];
    for (let round = 0; round < 2; round++) {
      rmSync(join(root, "plain-site"), { recursive: true, force: true });
      bare.push(bareEleventy(root));
      indexed.push(pagefind(join(root, "plain-site")));
    }
    const parseCache = join(root, "parse-cache");
    const cold = buildInChild(join(root, "content"), join(root, "samling-site"), parseCache);
    const warm = buildInChild(join(root, "content"), join(root, "samling-site"), parseCache);
    const b = Math.min(...bare);
    const pair = Math.min(...bare.map((x, i) => x + indexed[i]!));
    const line = (label: string, s: number, extra = "") =>
      console.log(`   ${label.padEnd(44)} ${s.toFixed(2).padStart(6)} s${extra}`);
    line("bare Eleventy (Markdown + one layout)", b);
    line("bare Eleventy + Pagefind", pair);
    line("samling build, first (nothing kept from before)", cold.seconds, `   peak RSS ${cold.peakMB.toFixed(0)} MB`);
    line("samling build, again (parsed files kept)", warm.seconds, `   peak RSS ${warm.peakMB.toFixed(0)} MB`);
    console.log(
      `   ratio against bare Eleventy + Pagefind: first ${(cold.seconds / pair).toFixed(2)}, again ${(warm.seconds / pair).toFixed(2)}   (target ≤ 1.5)`,
    );
    console.log(
      `   ratio against bare Eleventy alone:      first ${(cold.seconds / b).toFixed(2)}, again ${(warm.seconds / b).toFixed(2)}`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
