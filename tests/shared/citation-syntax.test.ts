import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { citedKeys, parseCitation } from "../../src/shared/citation-syntax.ts";
import { markdownSyntax } from "../../src/shared/markdown-syntax.ts";

describe("parseCitation", () => {
  it("reads a key, a page and a prefix as Pandoc writes them", () => {
    expect(parseCitation("@moland2013")).toEqual([{ key: "moland2013" }]);
    expect(parseCitation("@moland2013, s. 12")).toEqual([{ key: "moland2013", label: "page", locator: "12" }]);
    expect(parseCitation("se @helsedir2023, s. 4–5")).toEqual([
      { key: "helsedir2023", prefix: "se", label: "page", locator: "4–5" },
    ]);
    expect(parseCitation("@a; @b, kap. 3")).toEqual([{ key: "a" }, { key: "b", label: "chapter", locator: "3" }]);
    expect(parseCitation("-@nou2023-4")).toEqual([{ key: "nou2023-4", suppressAuthor: true }]);
    expect(parseCitation("@a, 112")).toEqual([{ key: "a", label: "page", locator: "112" }]);
    expect(parseCitation("@a, med våre uthevinger")).toEqual([{ key: "a", suffix: "med våre uthevinger" }]);
  });

  it("is no citation when the @ is inside a word: an e-mail address, a handle in a text", () => {
    expect(parseCitation("post@kommune.no")).toBeUndefined();
    expect(parseCitation("Skriv til oss")).toBeUndefined();
    expect(parseCitation("@")).toBeUndefined();
  });
});

describe("citedKeys", () => {
  it("finds each key of each bracketed citation, not links, references or addresses", () => {
    const text =
      "Som vist [@a, s. 2] og [se @b; @c]. [Lenke](https://x.no) [post@kommune.no] [@d](url)\n[@e]: https://x.no";
    expect([...citedKeys(text)].map((c) => c.key)).toEqual(["a", "b", "c"]);
  });
});

describe("the Markdown syntax", () => {
  const md = new MarkdownIt();
  markdownSyntax(md);
  it("makes a citation token of [@key] and leaves [text](url) a link", () => {
    const tokens = md.parseInline("Se [@moland2013, s. 12] og [rapporten](https://x.no).", {})[0]!.children!;
    expect(tokens.find((t) => t.type === "citation")?.meta).toEqual({
      items: [{ key: "moland2013", label: "page", locator: "12" }],
      source: "[@moland2013, s. 12]",
    });
    expect(tokens.some((t) => t.type === "link_open")).toBe(true);
  });

  it("puts a span's language on the span, and shows other braces as written", () => {
    expect(md.renderInline("Vi bruker [shared decision-making]{lang=en} her.")).toBe(
      'Vi bruker <span lang="en">shared decision-making</span> her.',
    );
    expect(md.renderInline("Mengden [a]{.klasse} er tom.")).toBe("Mengden [a]{.klasse} er tom.");
  });
});
