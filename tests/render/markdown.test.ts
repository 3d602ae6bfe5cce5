import { describe, expect, it } from "vitest";
import { createMarkdown, plainText, renderInline, renderMarkdown } from "../../src/render/markdown.ts";

describe("markdown", () => {
  it("escapes raw HTML instead of rendering it", () => {
    expect(renderMarkdown("Hei <script>alert(1)</script>")).toBe("<p>Hei &lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    expect(renderInline("<b>x</b>")).toBe("&lt;b&gt;x&lt;/b&gt;");
  });
  it("never renders a script link, even if validation was skipped", () => {
    expect(renderInline("[x](javascript:alert(1))")).not.toContain("href");
  });
  it("places a body's highest heading at the given level and keeps the rest relative", () => {
    expect(renderMarkdown("# A\n\n## B", 3)).toBe("<h3>A</h3>\n<h4>B</h4>\n");
    expect(renderMarkdown("### A\n\n#### B", 3)).toBe("<h3>A</h3>\n<h4>B</h4>\n");
    expect(renderMarkdown("## A\n\n###### B", 4)).toContain("<h6>B</h6>");
  });
  it("reduces inline markdown to text", () => expect(plainText("**Tema:** *nytt*")).toBe("Tema: nytt"));
});

describe("inline fast path", () => {
  it.each(["Plain text, with commas (and brackets).", 'Quotes "here"', "Tall: 14 000", "æøå – «sitat»", "a * b", "[x](y)", "&amp; <b>", "x\ny", "a_b_c", "!important"])(
    "renders %j exactly as markdown-it does",
    (text) => {
      const reference = createMarkdown().renderInline(text);
      expect(renderInline(text)).toBe(reference);
    },
  );
});
