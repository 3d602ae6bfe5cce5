/** What a check read, counted: reports, solutions, and every file — sections, CSV tables and literature included. */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentCounts } from "../../src/load/content-counts.ts";
import { loadContent } from "../../src/load/load-content.ts";

/** The content files on disk, counted as a person would: every YAML, Markdown, CSV, BibTeX and CSL-JSON file but notes. */
const onDisk = (dir: string): number =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(ya?ml|md|csv|bib|json)$/i.test(f) && !/(^|\/)(README|_)[^/]*$/.test(f)).length;

describe("content counts", () => {
  it("counts the bundled content's reports, solutions and files", () => {
    expect(contentCounts(loadContent("content"))).toEqual({ reports: 3, solutions: 4, files: onDisk("content") });
  });

  it.each(["tests/fixtures/valid/content", "tests/fixtures/print/content"])(
    "counts every file of %s: sections, a table's CSV file and literature included",
    (dir) => {
      expect(contentCounts(loadContent(dir)).files).toBe(onDisk(dir));
    },
  );
});
