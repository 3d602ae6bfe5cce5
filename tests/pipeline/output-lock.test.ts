/** One build at a time into one folder; a killed build's lock and temporaries are taken over and removed. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockFileOf, lockOutput } from "../../src/pipeline/output-lock.ts";
import { removeLeftovers, temporariesOf } from "../../src/shared/leftovers.ts";

/** The id of a process that has ended. */
const goneProcess = (): number =>
  Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);

describe("the output lock", () => {
  it("is taken once; a second taker is told who holds it; released, it can be taken again", () => {
    const target = join(mkdtempSync(join(tmpdir(), "samling-lock-")), "_site");
    const first = lockOutput(target);
    expect(first.ok).toBe(true);
    // Another running process holds it: this test's parent stands in for a build in another terminal.
    writeFileSync(lockFileOf(target), String(process.ppid));
    expect(lockOutput(target)).toEqual({ ok: false, heldBy: process.ppid });
    writeFileSync(lockFileOf(target), String(process.pid));
    if (first.ok) first.release();
    expect(existsSync(lockFileOf(target))).toBe(false);
    expect(lockOutput(target).ok).toBe(true);
  });

  it("held by a process that is gone (a killed build) is taken over", () => {
    const target = join(mkdtempSync(join(tmpdir(), "samling-lock-")), "_site");
    writeFileSync(lockFileOf(target), String(goneProcess()));
    expect(lockOutput(target).ok).toBe(true);
  });
});

describe("leftovers", () => {
  it("of processes that are gone are removed; a running process's, and other files, stay", () => {
    const dir = mkdtempSync(join(tmpdir(), "samling-leftovers-"));
    const gone = goneProcess();
    for (const name of [
      `._site.building-${gone}`,
      `._site.print-${gone}`,
      `_site.old-${gone}`,
      `._site.building-${process.pid}`,
      "._site.lock",
      "_site",
    ])
      mkdirSync(join(dir, name));
    const removed = removeLeftovers(dir, temporariesOf("_site", ["building", "print", "old"]));
    expect(removed.sort()).toEqual([`._site.building-${gone}`, `._site.print-${gone}`, `_site.old-${gone}`].sort());
    expect(readdirSync(dir).sort()).toEqual([`._site.building-${process.pid}`, "._site.lock", "_site"].sort());
  });
});
