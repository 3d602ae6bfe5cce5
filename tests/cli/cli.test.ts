/** The `samling` command as a user runs it: exit codes, located messages, never a stack trace. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/samling.mjs", ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe("samling check", () => {
  it("prints every problem with file:line:column and rule, then exits 1", () => {
    const r = run("check", "--content", "tests/fixtures/invalid/participants-total/content");
    expect(r.code).toBe(1);
    expect(r.err).toContain("tests/fixtures/invalid/participants-total/content/reports/r/01-deltakere.yaml:6:8  feil  totalt 87 ≠ summen av rollene 88  participants/total");
    expect(r.err).toContain("participants/coverage");
    expect(r.err).toContain("2 feil, 0 advarsler i 1 fil");
    noStackTrace(r.err);
  });
  it("speaks English on request", () => {
    const r = run("check", "--lang", "en", "--content", "tests/fixtures/invalid/participants-total/content");
    expect(r.err).toContain("error  total 87 ≠ sum of roles 88  participants/total");
  });
  it("exits 0 on the bundled content", () => {
    const r = run("check");
    expect(r.code).toBe(0);
    expect(r.err).toContain("0 feil");
  });
  it("reports a missing content folder in one line", () => {
    const r = run("check", "--content", "finnes/ikke");
    expect(r.code).toBe(1);
    expect(r.err).toContain("finnes/ikke  feil  fant ikke finnes/ikke/  file/missing");
    noStackTrace(r.err);
  });
});

describe("samling build", () => {
  it("writes nothing when content has errors", () => {
    const out = join(mkdtempSync(join(tmpdir(), "samling-cli-")), "_site");
    const r = run("build", "--content", "tests/fixtures/invalid/broken-files/content", "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Ingenting ble skrevet.");
    expect(existsSync(out)).toBe(false);
    noStackTrace(r.err);
  });
  it("builds valid content and says what it wrote", () => {
    const out = join(mkdtempSync(join(tmpdir(), "samling-cli-")), "_site");
    const r = run("build", "--content", "tests/fixtures/valid/content", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/samling: 2 rapporter, 3 sider →/);
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });
});

describe("usage", () => {
  it("explains itself and rejects unknown commands", () => {
    expect(run("--help").out).toContain("Bruk: samling <kommando>");
    const r = run("lag");
    expect(r.code).toBe(2);
    expect(r.err).toContain("ukjent kommando «lag»");
  });
});
