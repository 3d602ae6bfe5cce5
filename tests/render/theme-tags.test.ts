import { describe, expect, it } from "vitest";
import { themeTags } from "../../src/render/theme-tags.ts";

const labels = { themes: "Temaer", solution: "Løsning" };

describe("themeTags", () => {
  it("links each theme under the site's path prefix, with a label for screen readers, and not as words for search", () => {
    expect(themeTags([{ id: "a", name: "Oppgavedeling", url: "/tema/a/" }], "/rapporter/", labels)).toBe(
      '<span class="theme-tags" data-pagefind-ignore><span class="visually-hidden">Temaer:</span> <a class="theme-tag" href="/rapporter/tema/a/">Oppgavedeling</a></span>',
    );
  });
  it("escapes names", () => {
    expect(themeTags([{ id: "a", name: "<b>&", url: "/tema/a/" }], "/", labels)).toContain(">&lt;b&gt;&amp;</a>");
    expect(themeTags([], "/", labels, { name: "<i>x", url: "/losninger/x/" })).toContain(">Løsning: &lt;i&gt;x</a>");
  });
  it("links the solution an item tells of after its themes, named in words", () => {
    expect(
      themeTags([{ id: "a", name: "Oppgavedeling", url: "/tema/a/" }], "/", labels, {
        name: "Kombistillinger",
        url: "/losninger/kombistillinger/",
      }),
    ).toBe(
      '<span class="theme-tags" data-pagefind-ignore><span class="visually-hidden">Temaer:</span> <a class="theme-tag" href="/tema/a/">Oppgavedeling</a> <a class="solution-tag" href="/losninger/kombistillinger/">Løsning: Kombistillinger</a></span>',
    );
    expect(themeTags(undefined, "/", labels, { name: "K", url: "/losninger/k/" })).toBe(
      '<span class="theme-tags" data-pagefind-ignore> <a class="solution-tag" href="/losninger/k/">Løsning: K</a></span>',
    );
  });
  it("writes nothing for an item without themes or solution", () => {
    expect(themeTags([], "/", labels)).toBe("");
    expect(themeTags(undefined, "/", labels)).toBe("");
  });
});
