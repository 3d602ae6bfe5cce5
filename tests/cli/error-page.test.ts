/** The page serve shows while content has errors: every problem located, escaped, and accessible like the site. */
import { describe, expect, it } from "vitest";
import { errorPage } from "../../src/cli/error-page.ts";
import { check } from "../../src/pipeline/check.ts";
import { findBrowser } from "../../src/print/find-browser.ts";
import { launchBrowser } from "../../src/print/print-pdfs.ts";
import { axeSource, WCAG_TAGS } from "../helpers/browser.ts";

const { diagnostics } = check("tests/fixtures/invalid/personal-data/content");
const page = errorPage(diagnostics, "nb", "<script>/* live reload */</script>", "Template render error: <b>x</b>");

describe("serve's error page", () => {
  it("names every problem with file:line:column, the code, the message and the fix", () => {
    expect(diagnostics.length).toBe(5);
    for (const d of diagnostics) expect(page).toContain(`${d.file}:${d.line}:${d.column}`);
    expect(page).toContain("→ Fødselsnumre skal aldri stå i en rapport. Fjern nummeret.");
    expect(page).toContain("1 feil, 4 advarsler i 3 filer");
    expect(page).toContain("<script>/* live reload */</script></body>");
  });
  it("escapes what it shows", () => {
    expect(page).toContain("Template render error: &lt;b&gt;x&lt;/b&gt;");
    expect(page).not.toContain("<b>x</b>");
  });
  it("has no WCAG 2.1 AA violations (axe)", async () => {
    const browser = await launchBrowser(findBrowser()!);
    try {
      for (const width of [1280, 320]) {
        const tab = await browser.newPage({ viewport: { width, height: 800 } });
        await tab.setContent(page.replace("<script>/* live reload */</script>", ""));
        await tab.addScriptTag({ content: axeSource });
        const violations = await tab.evaluate(
          `axe.run(document, { runOnly: { type: "tag", values: ${JSON.stringify(WCAG_TAGS)} } }).then((r) => r.violations.map((v) => v.id))`,
        );
        expect(violations, `${width} px`).toEqual([]);
        expect(await tab.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(width);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  });
});
