/** The `samling` command as a user runs it: exit codes, located messages, never a stack trace. */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Printed PDFs are cached between builds; each test run starts from an empty cache of its own. */
const cache = mkdtempSync(join(tmpdir(), "samling-cli-cache-"));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/samling.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, SAMLING_CACHE: cache },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe("samling check", () => {
  it("prints every problem with file:line:column and rule, then exits 1", () => {
    const r = run("check", "--content", "tests/fixtures/invalid/participants-total/content");
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "tests/fixtures/invalid/participants-total/content/reports/r/01-deltakere.yaml:6:8  feil  totalt 87 ≠ summen av rollene 88  participants/total",
    );
    expect(r.err).toContain("participants/coverage");
    expect(r.err).toContain("2 feil, 0 advarsler i 1 fil");
    noStackTrace(r.err);
  });
  it("speaks English on request", () => {
    const r = run("check", "--lang", "en", "--content", "tests/fixtures/invalid/participants-total/content");
    expect(r.err).toContain("error  total 87 ≠ sum of roles 88  participants/total");
  });
  it("exits 0 on the bundled content, which has no warnings either — personal data included", () => {
    const r = run("check", "--strict");
    expect(r.code).toBe(0);
    // A clean check says what it read, not «0 feil, 0 advarsler i 0 filer».
    expect(r.err).toBe("3 rapporter, 4 løsninger, 65 filer: ingen feil\n");
  });
  it("reports a missing content folder in one line", () => {
    const r = run("check", "--content", "finnes/ikke");
    expect(r.code).toBe(1);
    expect(r.err).toContain("finnes/ikke  feil  fant ikke finnes/ikke/  file/missing");
    noStackTrace(r.err);
  });
});

describe("samling check for tools and CI", () => {
  const warningsOnly = () => {
    const content = join(mkdtempSync(join(tmpdir(), "samling-cli-")), "content");
    cpSync("tests/fixtures/valid/content", content, { recursive: true });
    writeFileSync(
      join(content, "reports/2024-03-01-alle-blokker/13-kontakt.md"),
      "---\ntitle: Kontakt\n---\nRing 912 34 567.\n",
    );
    return content;
  };
  it("passes warnings unless --strict, which makes them errors", () => {
    const content = warningsOnly();
    expect(run("check", "--content", content).code).toBe(0);
    const strict = run("check", "--strict", "--content", content);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/13-kontakt\.md:4:6  feil  «912 34 567» ser ut som et telefonnummer  privacy\/phone/);
    expect(run("build", "--strict", "--no-pdf", "--content", content, "--out", join(content, "../_site")).code).toBe(1);
  });
  it("writes JSON with every diagnostic, its message and hint", () => {
    const r = run("check", "--format", "json", "--content", "tests/fixtures/invalid/personal-data/content");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { errors: number; warnings: number; diagnostics: Array<Record<string, unknown>> };
    expect(json).toMatchObject({ errors: 1, warnings: 4 });
    expect(json.diagnostics[0]).toEqual({
      file: "tests/fixtures/invalid/personal-data/content/reports/a/01-tekst.md",
      line: 4,
      column: 14,
      severity: "warning",
      rule: "privacy/phone",
      message: "«912 34 567» ser ut som et telefonnummer",
      hint: "Fjern nummeret, eller før det opp på personen (feltet «phone») med «consent: true» når personen har samtykket.",
    });
  });
  it("writes GitHub Actions annotations, one line per diagnostic", () => {
    const r = run(
      "check",
      "--format",
      "github",
      "--lang",
      "en",
      "--content",
      "tests/fixtures/invalid/personal-data/content",
    );
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe(
      '::error file=tests/fixtures/invalid/personal-data/content/reports/a/03-sitat.yaml,line=3,col=30,title=privacy/national-id::"150786 49582" looks like a Norwegian national identity number%0ANational identity numbers must never be in a report. Remove it.',
    );
  });
  it("refuses an unknown format", () => {
    const r = run("check", "--format", "xml");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--format må være text, json eller github");
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
  it("builds valid content with a PDF per report, and prints nothing again when nothing changed", () => {
    const out = join(mkdtempSync(join(tmpdir(), "samling-cli-")), "_site");
    const first = run("build", "--content", "tests/fixtures/valid/content", "--out", out);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/samling: 1 rapport, 17 sider, 1 PDF \(1 skrevet ut\) →/);
    expect(first.err).toMatch(/PDF 1\/1 {2}\S+ {2}\d+ s\. {2}\d+\.\d s/);
    expect(existsSync(join(out, "2024-03-01-alle-blokker/2024-03-01-alle-blokker.pdf"))).toBe(true);
    const second = run("build", "--content", "tests/fixtures/valid/content", "--out", out);
    expect(second.out).toMatch(/1 PDF \(0 skrevet ut\)/);
    expect(second.err).toContain("uendret");
  });
  it("prints only its own lines: no «[11ty] Copied … Wrote …», no «[11ty] Benchmark …»", () => {
    const out = join(mkdtempSync(join(tmpdir(), "samling-cli-")), "_site");
    // Six reports with hyphenated print pages: the build on which Eleventy's benchmark warnings showed.
    const r = run("build", "--drafts", "--content", "tests/fixtures/print/content", "--out", out);
    expect(r.code, r.err).toBe(0);
    const lines = `${r.out}${r.err}`.split("\n").filter(Boolean);
    expect(lines.filter((l) => !/^(samling: |PDF \d+\/\d+ )/.test(l))).toEqual([]);
  });
  it("builds only the web pages with --no-pdf", () => {
    const out = join(mkdtempSync(join(tmpdir(), "samling-cli-")), "_site");
    const r = run("build", "--no-pdf", "--content", "tests/fixtures/valid/content", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/samling: 1 rapport, 17 sider →/);
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, "2024-03-01-alle-blokker/2024-03-01-alle-blokker.pdf"))).toBe(false);
  });
  // A browser at a fixed path (snap, /opt) would be found whatever PATH says; then this cannot be shown here.
  it.skipIf(existsSync("/snap/bin/chromium") || existsSync("/opt/google/chrome/chrome"))(
    "says in one line what to do when no browser can be found",
    () => {
      const out = join(mkdtempSync(join(tmpdir(), "samling-cli-")), "_site");
      const r = spawnSync(
        process.execPath,
        ["bin/samling.mjs", "build", "--content", "tests/fixtures/valid/content", "--out", out],
        {
          encoding: "utf8",
          env: { ...process.env, PATH: "/nowhere", CHROME_PATH: "/finnes/ikke" },
        },
      );
      expect(r.status).toBe(1);
      // The fixture's warnings (raw HTML on purpose) are reported first; the advice itself is one line.
      const advice = r.stderr
        .trim()
        .split("\n")
        .filter((l) => l.startsWith("samling:"));
      expect(advice).toHaveLength(1);
      expect(advice[0]).toContain("--no-pdf");
      expect(r.stderr.trim().split("\n").at(-1)).toBe(advice[0]);
      expect(existsSync(out)).toBe(false);
    },
  );
});

describe("usage", () => {
  it("explains itself and rejects unknown commands", () => {
    expect(run("--help").out).toContain("Bruk: samling <kommando>");
    const r = run("lag");
    expect(r.code).toBe(2);
    expect(r.err).toContain("ukjent kommando «lag»");
  });
  it("says which version it is, the one in its package.json", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) expect(run(flag)).toMatchObject({ code: 0, out: `samling ${version}\n` });
  });
});
