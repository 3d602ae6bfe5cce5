/** Runs bench/build-once.ts in a child process: a build's time and peak memory, apart from the bench's own. */
import { spawnSync } from "node:child_process";

export function buildInChild(
  contentDir: string,
  outDir: string,
  parseCacheDir: string,
): { seconds: number; peakMB: number } {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "bench/build-once.ts", contentDir, outDir, parseCacheDir],
    { encoding: "utf8", maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) throw new Error(`build failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as { seconds: number; peakMB: number };
}
