/**
 * The last step of writing an output folder, shared by `build` and `serve`:
 * the finished folder takes the old one's place by rename, so a reader never
 * sees half a site.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Puts a finished folder in the place of the old one. The old one is removed by a process of its own,
 * after the new one is in place: removing a site of 1,000 reports file by file takes over a second here,
 * which the build need not wait for. Old folders a stopped machine left behind go with it.
 */
export function swapInto(fresh: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  const prefix = `${basename(target)}.old-`;
  const leftovers = readdirSync(dirname(target))
    .filter((f) => f.startsWith(prefix))
    .map((f) => join(dirname(target), f));
  if (leftovers.length === 0) return;
  const remove =
    "for (const dir of process.argv.slice(1)) require('node:fs').rmSync(dir, { recursive: true, force: true })";
  spawn(process.execPath, ["-e", remove, ...leftovers], { detached: true, stdio: "ignore" }).unref();
}
