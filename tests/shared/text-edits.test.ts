/** Edits by offset, applied together against the original text; overlapping ones are refused, not guessed at. */
import { describe, expect, it } from "vitest";
import { applyTextEdits } from "../../src/shared/text-edits.ts";

describe("applyTextEdits", () => {
  it("applies edits given in any order, each against the original offsets", () => {
    const text = "title: A\nmeasuresTitle: B\nproposalsTitle: C\n";
    const edits = [
      { start: 26, end: 40, text: "proposalsHeading" },
      { start: 9, end: 22, text: "measuresHeading" },
    ];
    expect(applyTextEdits(text, edits)).toEqual({
      ok: true,
      text: "title: A\nmeasuresHeading: B\nproposalsHeading: C\n",
    });
  });
  it("removes a range, and leaves the text alone with no edits", () => {
    expect(applyTextEdits("a\nb\nc\n", [{ start: 2, end: 4, text: "" }])).toEqual({ ok: true, text: "a\nc\n" });
    expect(applyTextEdits("a\n", [])).toEqual({ ok: true, text: "a\n" });
  });
  it("refuses edits that overlap, naming them; touching ones are fine", () => {
    const a = { start: 0, end: 3, text: "x" };
    const b = { start: 2, end: 4, text: "y" };
    expect(applyTextEdits("abcdef", [b, a])).toEqual({ ok: false, overlap: [a, b] });
    expect(applyTextEdits("abcdef", [a, { start: 3, end: 4, text: "y" }])).toEqual({ ok: true, text: "xyef" });
  });
});
