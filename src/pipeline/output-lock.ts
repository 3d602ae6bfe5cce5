/**
 * One build at a time into one output folder. A build takes a lock file
 * beside the folder (`._site.lock`, holding its process id) with an exclusive
 * create; a second build finds it and stops with a clear message instead of
 * trampling the first's temporaries. A lock whose process is gone (a killed
 * build) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { processRuns } from "../shared/leftovers.ts";

export type OutputLock = { ok: true; release: () => void } | { ok: false; heldBy: number };

export const lockFileOf = (target: string): string => join(dirname(target), `.${basename(target)}.lock`);

export function lockOutput(target: string): OutputLock {
  const file = lockFileOf(target);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { ok: true, release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileOr(file));
      if (holder && processRuns(holder) && holder !== process.pid) return { ok: false, heldBy: holder };
      rmSync(file, { force: true }); // a killed build's lock, or one cut short: taken over
    }
  }
  return { ok: false, heldBy: Number(readFileOr(file)) || 0 };
}

function readFileOr(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}
