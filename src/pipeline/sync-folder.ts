/**
 * One sync of a finished folder's file system before it is swapped in, so an
 * I/O error the disk has held back until now surfaces as a failed build, not
 * as a published site that is not on the disk. Linux's `sync -f` syncs the
 * whole file system the folder is on in one call (syncfs); one fsync per file
 * is not needed. Elsewhere, and where `sync` is missing, this does nothing.
 */
import { spawnSync } from "node:child_process";
import { WriteFailure } from "../shared/write-file.ts";

export function syncFolder(dir: string): void {
  if (process.platform !== "linux") return;
  const run = spawnSync("sync", ["-f", dir], { stdio: "ignore" });
  if (run.error === undefined && run.status !== 0) throw new WriteFailure("EIO", dir, 0);
}
