/**
 * Faults under a build, as the most trusted tools are tested: samling's own
 * writes failing at every step, a real full disk, a read-only disk, and the
 * build killed with SIGKILL at ten points. After each: the exit code is right
 * (never 0 over broken output), the published site is byte for byte as before
 * or as a clean build makes it, nothing is left beside it, and the next build
 * succeeds.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { canMount, cannotMountReason, mustMount, tmpfs } from "./mount.ts";
import { besideOutput, build, buildKilledAfter, fingerprint, startBuild, type Caches } from "./run-build.ts";
import { differences, REPORT, writeSmallSite } from "./small-site.ts";

let root: string;
let clean: string;
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `samling-${name}-`));
const coldCaches = (): Caches => ({ pdf: fresh("pdf"), media: fresh("media"), parse: fresh("parse") });
let warm: Caches;

/** A site published before the fault, of other content than the build under test (the site's name): a half-done swap would show. */
function published(): { out: string; before: Record<string, string> } {
  const out = join(fresh("published"), "_site");
  const site = join(root, "content", "site.yaml");
  const text = readFileSync(site, "utf8");
  writeFileSync(site, text.replace("name: ", "name: Tidligere "));
  try {
    const r = build(root, out, warm);
    expect(r.code, r.err).toBe(0);
  } finally {
    writeFileSync(site, text);
  }
  return { out, before: fingerprint(out) };
}

beforeAll(async () => {
  root = await writeSmallSite();
  warm = coldCaches();
  clean = join(fresh("clean"), "_site");
  const r = build(root, clean, warm);
  expect(r.code, r.err).toBe(0);
}, 120_000);

/**
 * What lies beside the site once the old one's removal — a process of its own, so the build need not wait
 * for it (pipeline/swap-into.ts) — has had a moment to finish.
 */
function leftBeside(out: string): string[] {
  const until = Date.now() + 10_000;
  while (besideOutput(out).length && Date.now() < until) spawnSync("sleep", ["0.2"]);
  return besideOutput(out);
}

/** The content changes after the site was published, so the build under test writes something new (the disk tests, last: the others compare with `clean`). */
const editContent = () =>
  appendFileSync(join(root, "content", "reports", REPORT, "01-bakgrunn.md"), "\nEn setning til etter møtet.\n");

describe("samling's own writes failing", () => {
  it("at each write of a build in turn (ENOSPC, EIO): exit 1 and the site as it was, or exit 0 and the site whole", () => {
    const counted = build(root, join(fresh("count"), "_site"), coldCaches(), { SAMLING_FAIL_WRITE: "0:ENOSPC" });
    const writes = Number(/samling-own-writes=(\d+)/.exec(counted.err)?.[1]);
    expect(writes).toBeGreaterThanOrEqual(4); // the PDF, its cache entry and facts, an image's manifest, the parse store
    for (let n = 1; n <= writes; n++) {
      const code = n % 2 ? "ENOSPC" : "EIO";
      const { out, before } = published();
      const r = build(root, out, coldCaches(), { SAMLING_FAIL_WRITE: `${n}:${code}` });
      if (r.code === 0) expect(differences(clean, out), `write ${n}`).toEqual([]);
      else {
        expect(r.code, `write ${n}`).toBe(1);
        expect(r.err).toMatch(
          code === "ENOSPC" ? /disken er full: kunne ikke skrive .+ \(trengte/ : /lese- eller skrivefeil/,
        );
        expect(fingerprint(out), `write ${n}: the site as it was`).toEqual(before);
      }
      expect(leftBeside(out), `write ${n}: nothing left beside the site`).toEqual([]);
      expect(build(root, out, warm).code, `write ${n}: the next build`).toBe(0);
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("the build killed with SIGKILL", () => {
  it("at ten points: the site as it was, and the next build removes what it left and succeeds", async () => {
    const started = performance.now();
    expect(build(root, join(fresh("timing"), "_site"), coldCaches()).code).toBe(0);
    const whole = performance.now() - started;
    for (let i = 1; i <= 10; i++) {
      const { out, before } = published();
      const caches = coldCaches();
      await buildKilledAfter(root, out, caches, Math.round((whole * i) / 11));
      // Killed before the swap, the site is as it was; after it (the build had finished, but not yet exited), it is
      // the whole new site. Never anything between.
      const after = fingerprint(out);
      const asBefore = JSON.stringify(after) === JSON.stringify(before);
      expect(
        asBefore || differences(clean, out).length === 0,
        `killed at ${i}/11: the old site or the whole new one`,
      ).toBe(true);
      // The next build, with whatever the killed one left in its caches: it heals, and tidies up.
      const next = build(root, out, caches);
      expect(next.code, `after ${i}/11: ${next.err}`).toBe(0);
      expect(differences(clean, out), `after ${i}/11`).toEqual([]);
      expect(leftBeside(out), `after ${i}/11: nothing left beside the site`).toEqual([]);
    }
  }, 400_000);
});

describe("two builds into one folder", () => {
  it("the second stops at once, saying which process is writing; the first goes on and succeeds", async () => {
    const out = join(fresh("two"), "_site");
    const first = startBuild(root, out, coldCaches());
    const lock = join(out, "..", "._site.lock");
    for (const until = Date.now() + 30_000; !existsSync(lock) && Date.now() < until;) spawnSync("sleep", ["0.05"]);
    const second = build(root, out, warm);
    expect(second.code).toBe(1);
    expect(second.err).toContain(`en annen bygging (prosess ${first.child.pid}) skriver allerede til`);
    expect(await first.exited).toBe(0);
    expect(differences(clean, out)).toEqual([]);
  }, 120_000);
});

describe.skipIf(!canMount && !mustMount)(`a disk that fails under the build (${cannotMountReason})`, () => {
  it("full: exit 1 with «disken er full», the site as it was; with room again, the build succeeds", () => {
    const size = Object.keys(fingerprint(clean)).length; // files, for the record
    expect(size).toBeGreaterThan(5);
    const bytes = Number(execFileSync("du", ["-sb", clean], { encoding: "utf8" }).split("\t")[0]);
    const disk = tmpfs(Math.ceil((bytes * 1.5) / 4096) * 4096);
    try {
      const out = join(disk.dir, "_site");
      expect(build(root, out, warm).code).toBe(0);
      const before = fingerprint(out);
      editContent();
      const r = build(root, out, warm);
      expect(r.code, r.err).toBe(1);
      expect(r.err).toContain("disken er full");
      expect(fingerprint(out)).toEqual(before);
      expect(leftBeside(out)).toEqual([]);
      execFileSync("mount", ["-o", `remount,size=${bytes * 4}`, disk.dir]);
      expect(build(root, out, warm).code).toBe(0);
    } finally {
      disk.unmount();
    }
  }, 120_000);

  it("read-only: exit 1 with «skrivebeskyttet», the site as it was", () => {
    const disk = tmpfs(64 * 1024 * 1024);
    try {
      const out = join(disk.dir, "_site");
      expect(build(root, out, warm).code).toBe(0);
      const before = fingerprint(out);
      disk.readOnly();
      editContent();
      const r = build(root, out, warm);
      expect(r.code, r.err).toBe(1);
      expect(r.err).toContain("disken er skrivebeskyttet");
      expect(fingerprint(out)).toEqual(before);
    } finally {
      disk.unmount();
    }
  }, 120_000);
});
