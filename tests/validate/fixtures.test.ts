/**
 * Bad-input fixtures: each folder under tests/fixtures/invalid/ holds a small
 * content/ tree and expected.txt, the exact report `samling check` prints for
 * it. Set UPDATE_FIXTURES=1 to rewrite expected.txt after a deliberate change
 * to wording — and read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { formatReport } from "../../src/validate/format-report.ts";

const root = "tests/fixtures/invalid";
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, "content")));

describe("bad content is reported, located, all at once", () => {
  it("has fixtures", () => expect(cases.length).toBeGreaterThanOrEqual(10));

  for (const name of cases) {
    it(name, () => {
      const { diagnostics } = check(join(root, name, "content"));
      const report = formatReport(diagnostics, "nb");
      const expectedFile = join(root, name, "expected.txt");
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, report);
      expect(report).toBe(readFileSync(expectedFile, "utf8"));
    });
  }
});
