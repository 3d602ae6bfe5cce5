import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../src/validate/rules/contrast.ts";

describe("contrastRatio", () => {
  it("matches WCAG's reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
  it("does not depend on the order of the colours", () =>
    expect(contrastRatio("#1e4b7a", "#ffffff")).toBe(contrastRatio("#ffffff", "#1e4b7a")));
});
