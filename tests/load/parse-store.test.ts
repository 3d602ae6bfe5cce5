/**
 * Parsed files kept on disk between builds must change nothing: for every
 * fixture — valid ones, and every bad-input fixture with its located problems
 * (whose lines and code frames come from parsing the file again) — a check that
 * reads the store says exactly what a check that parses everything says.
 */
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { loadContent } from "../../src/load/load-content.ts";
import { forgetParses } from "../../src/load/parse-cache.ts";
import { ParseStore, textKey } from "../../src/load/parse-store.ts";

const fixtures = [
  "tests/fixtures/valid/content",
  "tests/fixtures/print/content",
  "tests/fixtures/languages/content",
  ...readdirSync("tests/fixtures/invalid").map((name) => `tests/fixtures/invalid/${name}/content`),
];

describe("parsed files kept on disk", () => {
  it("give every fixture the same problems, at the same places, and the same model", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "samling-parse-store-"));
    for (const dir of fixtures) {
      forgetParses();
      const parsed = check(dir, { drafts: true });
      forgetParses();
      check(dir, { drafts: true, parseCacheDir: cacheDir }); // fills the store
      forgetParses();
      const stored = check(dir, { drafts: true, parseCacheDir: cacheDir });
      expect(stored, dir).toEqual(parsed);
    }
    expect(readdirSync(cacheDir).length).toBe(fixtures.length);
  });

  it("are read: what the store says a text parsed to is what the load gets", () => {
    const content = mkdtempSync(join(tmpdir(), "samling-parse-store-content-"));
    mkdirSync(join(content, "reports"));
    const site = "name: Kommunen\n";
    writeFileSync(join(content, "site.yaml"), site);
    const cacheDir = mkdtempSync(join(tmpdir(), "samling-parse-store-"));
    const store = ParseStore.open(cacheDir, content);
    store.set(textKey("yaml", site), { data: { name: "Fra lageret" }, yamlOffset: 0 });
    store.save();
    forgetParses();
    expect(loadContent(content, cacheDir).site?.data).toEqual({ name: "Fra lageret" });
    forgetParses();
    expect(loadContent(content).site?.data).toEqual({ name: "Kommunen" });
  });
});
