/** The search index's entry file is the same from one build to the next, whatever order Pagefind wrote its languages in. */
import { describe, expect, it } from "vitest";
import { sortedEntry } from "../../src/pipeline/search-index.ts";

const entry = (order: string[]) =>
  JSON.stringify({
    version: "1.5.2",
    languages: Object.fromEntries(order.map((l) => [l, { hash: `${l}_1`, wasm: l, page_count: 1 }])),
    include_characters: ["_", "‿"],
  });

describe("Pagefind's entry file", () => {
  it("lists the languages in alphabetical order, however Pagefind wrote them", () => {
    expect(sortedEntry(entry(["nn", "en", "nb"]))).toBe(entry(["en", "nb", "nn"]));
    expect(sortedEntry(entry(["nb", "en", "nn"]))).toBe(entry(["en", "nb", "nn"]));
  });

  it("keeps a file already in order byte for byte", () => {
    const text = `${entry(["en", "nb"])}\n`;
    expect(sortedEntry(text)).toBe(text);
  });
});
