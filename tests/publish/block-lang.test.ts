/**
 * What long documents need on the page: a block in another language than its
 * report is marked as such (screen readers, the PDF's structure), and titles
 * the author numbered are not numbered again by the contents list.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { read } from "../helpers/html.ts";

let out: string;
beforeAll(async () => {
  out = await buildInto("tests/fixtures/print/content", { preview: true });
});

describe("a block's own language", () => {
  it("becomes lang on the block, on the web and in the print page", () => {
    for (const page of ["nummererte-titler/index.html", "nummererte-titler/utskrift/index.html"]) {
      const html = read(out, page);
      expect(html).toMatch(/<html lang="nb">/);
      // Print text carries soft hyphens: «Sum\u00admary».
      expect(html.replace(/\u00ad/g, "")).toMatch(
        /<section class="block block--text block--headed" lang="en">\s*(<span[^>]*>[^<]*<\/span>)?<h2 class="block__title" id="summary">Summary<\/h2>/,
      );
    }
  });
});

describe("numbered titles", () => {
  it("are listed in the contents without a second number, while other reports' contents stay numbered lists", () => {
    expect(read(out, "nummererte-titler/index.html")).toContain('<ol class="toc__list toc__list--numbered">');
    expect(read(out, "figurer/index.html")).toContain('<ol class="toc__list">');
  });
});
