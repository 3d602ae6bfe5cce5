import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/load/positions.ts";
import { quotedFix } from "../../src/load/yaml-hints.ts";

describe("quotedFix", () => {
  it.each([
    ["title: Del 2: Egne tiltak", 13, 'title: "Del 2: Egne tiltak"'],
    ["  - a: b: c", 9, '  - a: "b: c"'],
    ["title: *kursiv* tekst", 17, 'title: "*kursiv* tekst"'],
    ['title: "Sitat" sa hun', 15, 'title: "\\"Sitat\\" sa hun"'],
    ["title: @kommune", 8, 'title: "@kommune"'],
  ])("%j → %j", (line, column, fix) => expect(quotedFix(line, column)).toBe(fix));

  it.each([
    ["  bad: [", 3],
    ["title: Vanlig tekst", 10],
    ['title: "Allerede i anførsel: ja"', 12],
  ])("leaves %j alone: the parser did not stop inside a value that needs quotes", (line, column) =>
    expect(quotedFix(line, column)).toBeUndefined(),
  );
});

describe("code frames", () => {
  it("cut a long line to a window around the column", () => {
    const line = "x".repeat(5000) + "FEIL" + "y".repeat(5000);
    const frame = new LineIndex(`a: 1\nb: ${line}\n`).frame({ line: 2, column: 5004 });
    const [, focus, caret] = frame.split("\n");
    expect(focus!.length).toBeLessThan(120);
    expect(focus).toContain("FEIL");
    expect(caret!.indexOf("^")).toBe(focus!.indexOf("FEIL"));
  });
  it("leave short lines as they are", () => {
    expect(new LineIndex("kind: text\ntitle: x\n").frame({ line: 2, column: 8 })).toBe(
      "  1 | kind: text\n> 2 | title: x\n    |        ^",
    );
  });
});
