import { describe, expect, it } from "vitest";
import { createMarkdown, renderInline, renderMarkdown } from "../../src/render/markdown.ts";
import { plainText } from "../../src/shared/plain-text.ts";

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
  it.each([
    "Plain text, with commas (and brackets).",
    'Quotes "here"',
    "Tall: 14 000",
    "æøå – «sitat»",
    "a * b",
    "[x](y)",
    "&amp; <b>",
    "x\ny",
    "a_b_c",
    "!important",
  ])("renders %j exactly as markdown-it does", (text) => {
    const reference = createMarkdown().renderInline(text);
    expect(renderInline(text)).toBe(reference);
  });
});

describe("markdown tables", () => {
  const table = [
    "|  | Kommunene || Sykehuset ||",
    "|  | 2023 | 2024 | 2023 | 2024 |",
    "| --- | ---: | ---: | ---: | ---: |",
    "| Innleggelser | 4 210 | 4 380 | 18 902 | 19 340 |",
    "| Liggedøgn | 31 005 | 29 870 | 88 412 | 86 950 |",
    "[Innleggelser og *liggedøgn*]",
  ].join("\n");

  it("sits in a keyboard-reachable scroll box named by its caption, which stays on top", () => {
    const html = renderMarkdown(table);
    const id = /<caption id="(md-table-[a-z0-9]+-1-caption)">Innleggelser og <em>liggedøgn<\/em><\/caption>/.exec(
      html,
    )?.[1];
    expect(id).toBeDefined();
    expect(html).toContain(`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}">`);
    expect(html).not.toContain("caption-side");
    // The same text gives the same ids in every build.
    expect(renderMarkdown(table)).toBe(html);
  });

  it("gives header cells scope (colgroup over several columns), and makes a body row's first cell a row header under an empty corner", () => {
    const html = renderMarkdown(table);
    expect(html).toContain('<th colspan="2" scope="colgroup">Kommunene</th>');
    expect(html).toContain('<th class="num" scope="col">2023</th>');
    expect(html.match(/<td><\/td>/g)).toHaveLength(2); // the empty corners announce nothing
    expect(html).toContain('<th scope="row">Innleggelser</th>\n<td class="num">4 210</td>');
    expect(html).not.toContain("style=");
  });

  it("keeps data cells as data when the corner has a header, and names a table without caption by its headers", () => {
    const html = renderMarkdown("| Møte | Dato |\n| --- | :---: |\n| SSU | 13. mars |\n| Rad || \n");
    expect(html).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Møte, Dato">');
    expect(html).toContain('<td>SSU</td>\n<td class="align-center">13. mars</td>');
    expect(html).toContain('<td colspan="2">Rad</td>');
  });

  it("joins a row that goes on over several lines (\\), and a ^^ cell into the one above", () => {
    const html = renderMarkdown(
      "| Tiltak | Ansvar |\n| --- | --- |\n| Familieteam | Kommunene |\\\n| i alle kommuner | |\n| Krisetelefon | ^^ |\n",
    );
    expect(html).toContain('rowspan="2"');
    expect(html).toMatch(/Familieteam[\s\S]*i alle kommuner/);
  });
});
