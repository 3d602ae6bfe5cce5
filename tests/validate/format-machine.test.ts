import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/shared/diagnostic.ts";
import { formatGithub, formatJson } from "../../src/validate/format-machine.ts";

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  file: "content/a.yaml",
  line: 3,
  column: 5,
  severity: "error",
  rule: "date/invalid",
  params: { value: "2024-02-30" },
  ...over,
});

describe("GitHub annotations", () => {
  it("escape what would end a property or the message", () => {
    const line = formatGithub([d({ file: "content/møte, del 1: plan.yaml", params: { value: "50%\nx" } })], "nb");
    expect(line).toBe(
      "::error file=content/møte%2C del 1%3A plan.yaml,line=3,col=5,title=date/invalid::«50%25%0Ax» er ikke en gyldig dato%0ASkriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2024-10-25, og sjekk at dagen finnes.\n",
    );
  });
  it("leave out line and column for a problem with a whole file, and mark warnings as warnings", () => {
    expect(
      formatGithub(
        [d({ line: 0, column: 0, severity: "warning", rule: "content/unknown-file", params: { name: "x.png" } })],
        "en",
      ),
    ).toMatch(/^::warning file=content\/a\.yaml,title=content\/unknown-file::/);
  });
});

describe("JSON", () => {
  it("counts errors and warnings and gives each problem its message and hint in the language asked", () => {
    const json = JSON.parse(formatJson([d({}), d({ severity: "warning" })], "en"));
    expect(json).toMatchObject({ errors: 1, warnings: 1 });
    expect(json.diagnostics[0]).toEqual({
      file: "content/a.yaml",
      line: 3,
      column: 5,
      severity: "error",
      rule: "date/invalid",
      message: '"2024-02-30" is not a valid date',
      hint: expect.any(String),
    });
  });
});
