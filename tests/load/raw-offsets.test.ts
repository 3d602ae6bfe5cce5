/** Offsets in the text the load stage sees (no BOM, LF only) mapped back to the file on disk. */
import { describe, expect, it } from "vitest";
import { rawOffsets } from "../../src/load/raw-offsets.ts";

describe("rawOffsets", () => {
  it("is the identity for a plain LF file, its end included", () => {
    expect(rawOffsets("a:\nb\n")).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it("steps over a BOM and the CR of each CRLF", () => {
    const raw = "\uFEFFa: 1\r\nb: 2\r\n";
    const map = rawOffsets(raw);
    const normalised = "a: 1\nb: 2\n";
    expect(map).toHaveLength(normalised.length + 1);
    expect(raw.slice(map[5]!, map[6]!)).toBe("b"); // "b" is at 5 in the normalised text
    expect(raw.slice(map[4]!, map[5]!)).toBe("\r\n"); // one LF there is CRLF here
    expect(map.at(-1)).toBe(raw.length);
  });
});
