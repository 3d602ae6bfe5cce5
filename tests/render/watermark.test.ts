/** A draft's watermark is a drawing of the word, not text (render/watermark.ts). */
import { describe, expect, it } from "vitest";
import { watermarkUrl } from "../../src/render/watermark.ts";

describe("watermarkUrl", () => {
  it("draws UTKAST and DRAFT as strokes, with no text in the drawing", () => {
    for (const word of ["UTKAST", "DRAFT", "utkast"]) {
      const svg = decodeURIComponent(watermarkUrl(word)!.replace("data:image/svg+xml,", ""));
      expect(svg).not.toMatch(/<text|<tspan/);
      expect(svg.match(/<path /g)).toHaveLength(word.length);
    }
  });
  it("gives nothing for a word it cannot draw (a report's own label): the running head still says it", () => {
    expect(watermarkUrl("KLADD")).toBeUndefined();
    expect(watermarkUrl("")).toBeUndefined();
  });
});
