import { afterEach, describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { useTextContexts, type TextContext } from "../../src/render/text-context.ts";
import { uiStrings } from "../../src/shared/i18n/index.ts";

const text =
  "Avtalen ble revidert.[^1] Kommunene meldte avvik.[^avvik]\n\n[^1]: Vedtatt i 2019.\n[^avvik]: Tall fra 2023.\n\n    Et andre avsnitt.";

function context(over: Partial<TextContext> = {}): TextContext {
  return {
    ui: uiStrings("nb"),
    noteStarts: new Map(),
    citations: new Map(),
    referenceAnchors: new Map(),
    headings: new Map(),
    tables: new Map(),
    ...over,
  };
}

afterEach(() => useTextContexts(new Map()));

describe("footnotes on the web", () => {
  it("are superscript links named «Fotnote n», the notes a list after the text with links back", () => {
    useTextContexts(new Map([["r/01.md", context()]]));
    const html = renderMarkdown(text, 2, { from: "r/01.md" });
    expect(html).toContain(
      '<sup class="fn-ref"><a href="#fn-1" id="fnref-1" aria-label="Fotnote 1" data-note="1">1</a></sup>',
    );
    expect(html).toContain('<div class="footnotes" role="note" aria-label="Fotnoter"><ol class="footnotes__list">');
    expect(html).toContain(
      '<li id="fn-2" class="footnotes__item"><p>Tall fra 2023.</p>\n<p>Et andre avsnitt. <a href="#fnref-2" class="footnotes__back" aria-label="Tilbake til henvisningen til fotnote 2">↩︎</a></p>',
    );
  });

  it("are numbered through the report: a text's notes start where the model says", () => {
    useTextContexts(new Map([["r/02.md", context({ noteStarts: new Map([[text.trim(), 7]]) })]]));
    const html = renderMarkdown(text, 2, { from: "r/02.md" });
    expect(html).toContain('id="fnref-7" aria-label="Fotnote 7" data-note="7">7</a>');
    expect(html).toContain('<ol class="footnotes__list" start="7">');
    expect(html).toContain('<li id="fn-8" class="footnotes__item">');
  });

  it("speak the report's language", () => {
    useTextContexts(new Map([["r/01.md", context({ ui: uiStrings("en") })]]));
    expect(renderMarkdown(text, 2, { from: "r/01.md" })).toContain('aria-label="Footnote 1"');
  });
});

describe("citations", () => {
  it("show as the style writes them, linked to the reference list when they cite one work", () => {
    const citations = new Map([
      ["[@moland2013, s. 12]", "(Moland mfl., 2013, s. 12)"],
      ["[@a; @b]", "(A, 2001; B, 2002)"],
    ]);
    useTextContexts(
      new Map([["r/01.md", context({ citations, referenceAnchors: new Map([["moland2013", "lit-moland2013"]]) })]]),
    );
    const html = renderMarkdown("Som vist [@moland2013, s. 12] og [@a; @b].", 2, { from: "r/01.md" });
    expect(html).toBe(
      '<p>Som vist <a class="citation" href="#lit-moland2013">(Moland mfl., 2013, s. 12)</a> og <span class="citation">(A, 2001; B, 2002)</span>.</p>\n',
    );
  });

  it("show as written outside a report, where there is no bibliography", () => {
    expect(renderMarkdown("Som vist [@moland2013].")).toBe("<p>Som vist [@moland2013].</p>\n");
  });
});

describe("headings in a body", () => {
  it("get the anchors and numbers the model gave them, in order", () => {
    const body = "## Bakgrunn\n\nTekst.\n\n### Metode\n\nMer.";
    const headings = new Map([
      [
        body,
        [
          { anchor: "bakgrunn", number: "1.1" },
          { anchor: "metode", number: "1.1.1" },
        ],
      ],
    ]);
    useTextContexts(new Map([["r/01.md", context({ headings })]]));
    const html = renderMarkdown(body, 3, { from: "r/01.md" });
    expect(html).toContain('<h3 id="bakgrunn"><span class="heading-number">1.1</span> Bakgrunn</h3>');
    expect(html).toContain('<h4 id="metode"><span class="heading-number">1.1.1</span> Metode</h4>');
  });
});

describe("tables in a body", () => {
  it("carry the labels the model numbered them with, beside the report's table blocks", () => {
    const body =
      "| År | Avvik |\n| --- | ---: |\n| 2023 | 412 |\n[Avvik per år]\n\n| A | B |\n| --- | --- |\n| 1 | 2 |";
    useTextContexts(new Map([["r/01.md", context({ tables: new Map([[body, ["Tabell 3"]]]) })]]));
    const html = renderMarkdown(body, 2, { from: "r/01.md" });
    expect(html).toMatch(
      /<caption id="[^"]+"><span class="data-table__number">Tabell 3<\/span> Avvik per år<\/caption>/,
    );
    expect(html.match(/data-table__number/g)).toHaveLength(1);
  });
});
