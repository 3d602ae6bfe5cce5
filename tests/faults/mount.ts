/**
 * A small file system of the test's own — tmpfs, mounted by the test (it
 * needs root, as CI has) — to fill up for real, or to make read-only. Where
 * mounting is not allowed the fault tests that need it are skipped, saying
 * why; in CI (`CI` set) they fail instead, so they can never be skipped there.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether this process may mount a tmpfs (tried once). */
export const canMount: boolean = (() => {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  const dir = mkdtempSync(join(tmpdir(), "samling-mount-probe-"));
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", dir], { stdio: "ignore" }).status === 0;
  if (mounted) spawnSync("umount", [dir], { stdio: "ignore" });
  return mounted;
})();

/** In CI the tests that need a mount must run; elsewhere they may be skipped. */
export const mustMount = Boolean(process.env.CI);

export const cannotMountReason = "needs root to mount a tmpfs (CI runs as root); skipped here, never in CI";

/** A fresh tmpfs of `bytes`, and its unmount. */
export function tmpfs(bytes: number): { dir: string; readOnly: () => void; unmount: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "samling-tmpfs-"));
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${bytes}`, "tmpfs", dir]);
  return {
    dir,
    readOnly: () => execFileSync("mount", ["-o", "remount,ro", dir]),
    unmount: () => void spawnSync("umount", ["-l", dir], { stdio: "ignore" }),
  };
}
