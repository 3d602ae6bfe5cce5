/**
 * What a killed run leaves: folders and files beside its output named for
 * the process that made them (`._site.building-4711`). They are removed by the
 * next run once that process is gone — never while it still runs, which may
 * be a build in another terminal.
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { escapeRegExp } from "./text-patterns.ts";

/** Whether a process with this id is running (one of another user's counts as running). */
export function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the entries of `dir` that `pattern` matches (its first group the owner's process id) whose owner is gone. */
export function removeLeftovers(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // no folder yet: nothing left over
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || processRuns(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** The temporaries runs make beside `name`: `.name.<kind>-<pid>` (and `name.old-<pid>`), the process id its group. */
export const temporariesOf = (name: string, kinds: readonly string[]): RegExp =>
  new RegExp(`^\\.?${escapeRegExp(name)}\\.(?:${kinds.map(escapeRegExp).join("|")})-(\\d+)$`);
