/** What a check read, counted: reports, solutions, and every file — sections, CSV tables and literature included. */
import { describe, expect, it } from "vitest";
import { contentCounts } from "../../src/load/content-counts.ts";
import { loadContent } from "../../src/load/load-content.ts";

describe("content counts", () => {
  it("counts the bundled content's reports, solutions and files", () => {
    expect(contentCounts(loadContent("content"))).toEqual({ reports: 3, solutions: 4, files: 65 });
  });

  it("counts a section's files, a table's CSV file and a report's literature", () => {
    const counts = contentCounts(loadContent("tests/fixtures/valid/content"));
    expect(counts.reports).toBeGreaterThan(1);
    const withoutExtras = loadContent("tests/fixtures/valid/content");
    const docs = withoutExtras.reports.flatMap((r) => r.blocks).length;
    expect(counts.files).toBeGreaterThan(docs + withoutExtras.reports.length);
  });
});
