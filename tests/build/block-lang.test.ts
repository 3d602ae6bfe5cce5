/** A block in another language than its report is marked as such, for screen readers and the PDF's structure. */
import { describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { read } from "../helpers/html.ts";

describe("a block's own language", () => {
  it("becomes lang on the block, on the web and in the print page", async () => {
    const out = await buildInto("tests/fixtures/print/content", { preview: true });
    for (const page of ["nummererte-titler/index.html", "nummererte-titler/utskrift/index.html"]) {
      const html = read(out, page);
      expect(html).toMatch(/<html lang="nb">/);
      // Print text carries soft hyphens: «Sum\u00admary».
      expect(html.replace(/\u00ad/g, "")).toMatch(/<section class="block block--text block--headed" lang="en">\s*(<span[^>]*>[^<]*<\/span>)?<h2 class="block__title" id="summary">Summary<\/h2>/);
    }
  });
});
