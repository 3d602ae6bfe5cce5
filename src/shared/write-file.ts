/**
 * samling's own writes: a file is written whole to a temporary name beside
 * its place, its size checked against what was to be written, and renamed
 * into place — so a reader (or the next build) sees the old file or the new
 * one, never half of one. A failure (a full disk, an I/O error, no
 * permission, a read-only disk) removes the temporary file and is thrown as a
 * WriteFailure naming the file and the bytes it needed, for the build to say
 * in the writer's words. (One sync of a finished folder, not one per file,
 * is the build's: pipeline/swap-into.ts.)
 *
 * SAMLING_FAIL_WRITE=<n>:<CODE> makes the n-th write of the process fail with
 * that code, as a full disk would, and the process says on its way out how
 * many writes it made: the fault tests (tests/faults/) walk n over every write
 * of a build.
 */
import { closeSync, fstatSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export class WriteFailure extends Error {
  constructor(
    readonly code: string,
    readonly file: string,
    readonly bytes: number,
  ) {
    super(`${code}: ${file}`);
  }
}

let writes = 0;

function injected(): string | undefined {
  const plan = process.env.SAMLING_FAIL_WRITE;
  if (!plan) return undefined;
  if (writes === 0) process.once("exit", () => process.stderr.write(`samling-own-writes=${writes}\n`));
  const [n, code] = plan.split(":");
  return ++writes === Number(n) ? (code ?? "EIO") : undefined;
}

/** `mode`: the file's permissions (a content file rewritten by --fix keeps its own). */
export function writeFileAtomic(file: string, data: string | Uint8Array, mode?: number): void {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  const temporary = join(dirname(file), `.${basename(file)}.tmp-${process.pid}`);
  let fd: number | undefined;
  try {
    const fault = injected();
    if (fault) throw Object.assign(new Error(fault), { code: fault });
    fd = openSync(temporary, "w", mode);
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    if (fstatSync(fd).size !== bytes.length) throw Object.assign(new Error("short write"), { code: "EIO" });
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new WriteFailure((error as NodeJS.ErrnoException).code ?? "EIO", file, bytes.length);
  }
}
