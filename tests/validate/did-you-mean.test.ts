import { describe, expect, it } from "vitest";
import { closest, distance } from "../../src/validate/did-you-mean.ts";

describe("did you mean", () => {
  it("counts a swap of neighbours as one edit", () => expect(distance("woh", "who")).toBe(1));
  it("suggests likely typos", () => {
    expect(closest("dte", ["title", "date"])).toBe("date");
    expect(closest("publishd", ["draft", "published"])).toBe("published");
    expect(closest("pol", ["poll", "quote"])).toBe("poll");
  });
  it("stays quiet when nothing is close", () => {
    expect(closest("de", ["nb", "nn", "en"])).toBeUndefined();
    expect(closest("xyzzy", ["title", "date"])).toBeUndefined();
  });
});
