import { describe, expect, it } from "vitest";
import { escapeHtml, withPrefix } from "../../src/render/html.ts";

describe("withPrefix (the href filter)", () => {
  it("puts site addresses under the path prefix", () => {
    expect(withPrefix("/", "/tema/a/")).toBe("/tema/a/");
    expect(withPrefix("/rapporter/", "/tema/a/")).toBe("/rapporter/tema/a/");
    expect(withPrefix("/rapporter/", "/")).toBe("/rapporter/");
    expect(withPrefix("/rapporter/", "assets/x.css")).toBe("/rapporter/assets/x.css");
  });
  it("leaves full addresses alone", () => {
    expect(withPrefix("/rapporter/", "https://uustatus.no/")).toBe("https://uustatus.no/");
    expect(withPrefix("/rapporter/", "//cdn.example/x")).toBe("//cdn.example/x");
  });
});

describe("escapeHtml", () => {
  it("escapes what could end an element or an attribute", () =>
    expect(escapeHtml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"));
});
