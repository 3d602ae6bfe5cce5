/**
 * `samling build` as a user runs it, in a process of its own (so it can be
 * killed, and its writes made to fail), with caches in folders the test
 * chooses, and what is left beside the output folder afterwards.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export interface Caches {
  pdf: string;
  media: string;
  parse: string;
}

const env = (caches: Caches, extra: Record<string, string> = {}) => ({
  ...process.env,
  SAMLING_CACHE: caches.pdf,
  SAMLING_MEDIA_CACHE: caches.media,
  SAMLING_PARSE_CACHE: caches.parse,
  ...extra,
});

const args = (root: string, out: string) => [
  resolve("bin/samling.mjs"),
  "build",
  "--content",
  join(root, "content"),
  "--out",
  out,
];

export function build(root: string, out: string, caches: Caches, extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args(root, out), { encoding: "utf8", env: env(caches, extra) });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Starts a build in the background; `exited` resolves with its exit code (null when killed). */
export function startBuild(root: string, out: string, caches: Caches) {
  const child = spawn(process.execPath, args(root, out), { env: env(caches), stdio: "ignore" });
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return { child, exited };
}

/** Starts a build and kills it with SIGKILL after `ms` milliseconds; resolves when it is gone. */
export function buildKilledAfter(root: string, out: string, caches: Caches, ms: number): Promise<number | null> {
  const { child, exited } = startBuild(root, out, caches);
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  return exited.finally(() => clearTimeout(timer));
}

/** What lies beside the output folder but the folder itself: a build's leftovers. */
export const besideOutput = (out: string): string[] =>
  readdirSync(dirname(out)).filter((f) => f !== basename(out) && f.includes(basename(out)));

/** A hash of every file of a folder, by path: «byte for byte as before». */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const path = join(d.parentPath, d.name);
    out[path.slice(dir.length + 1)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return out;
}
