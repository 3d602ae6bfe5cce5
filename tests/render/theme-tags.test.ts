import { describe, expect, it } from "vitest";
import { themeTags } from "../../src/render/theme-tags.ts";

describe("themeTags", () => {
  it("links each theme under the site's path prefix, with a label for screen readers, and not as words for search", () => {
    expect(themeTags([{ id: "a", name: "Oppgavedeling", url: "/tema/a/" }], "/rapporter/", "Temaer")).toBe(
      '<span class="theme-tags" data-pagefind-ignore><span class="visually-hidden">Temaer:</span> <a class="theme-tag" href="/rapporter/tema/a/">Oppgavedeling</a></span>',
    );
  });
  it("escapes names", () => {
    expect(themeTags([{ id: "a", name: "<b>&", url: "/tema/a/" }], "/", "T")).toContain(">&lt;b&gt;&amp;</a>");
  });
  it("writes nothing for an item without themes", () => {
    expect(themeTags([], "/", "T")).toBe("");
    expect(themeTags(undefined, "/", "T")).toBe("");
  });
});
