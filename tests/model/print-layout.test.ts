/** Where a report's PDF starts new pages, and its contents, decided from its length (model/print-layout.ts). */
import { describe, expect, it } from "vitest";
import { CHAPTER_WORDS, CONTENTS_ENTRIES, printLayout } from "../../src/model/print-layout.ts";
import type { TocEntry } from "../../src/model/types.ts";

const entry = (title: string, children: TocEntry[] = []): TocEntry => ({ anchor: title, title, children });
const flat = (n: number, children = 0) =>
  Array.from({ length: n }, (_, i) =>
    entry(
      `${i}`,
      Array.from({ length: children }, (_, j) => entry(`${i}.${j}`)),
    ),
  );

describe("printLayout", () => {
  it("lets a short meeting report flow", () => {
    expect(printLayout(flat(5), { words: 1500, chapters: 0 })).toEqual({ newPage: "none", contentsDepth: 3 });
  });

  it("starts each chapter on a page in a long report with chapters, never in a short one", () => {
    expect(printLayout(flat(8), { words: CHAPTER_WORDS, chapters: 4 }).newPage).toBe("chapters");
    expect(printLayout(flat(8), { words: CHAPTER_WORDS - 1, chapters: 4 }).newPage).toBe("none");
    expect(printLayout(flat(8), { words: 50_000, chapters: 1 }).newPage).toBe("none");
  });

  it("keeps the contents to two pages by leaving out levels, unless told its depth", () => {
    const long = flat(12, 6).map((e) => ({ ...e, children: e.children.map((c) => entry(c.title, flat(3))) }));
    const layout = printLayout(long, { words: 60_000, chapters: 12 });
    expect(layout.contentsDepth).toBe(1); // 12 + 72 + 216 entries, and 84 at two levels: over 50
    expect(printLayout(flat(12, 3), { words: 60_000, chapters: 12 }).contentsDepth).toBe(3); // 48 entries fit
    expect(CONTENTS_ENTRIES).toBe(50);
    expect(printLayout(long, { words: 60_000, chapters: 12 }, { contentsDepth: 3 }).contentsDepth).toBe(3);
  });

  it("does what report.yaml or site.yaml says", () => {
    expect(printLayout(flat(3), { words: 100, chapters: 0 }, { newPage: "blocks" }).newPage).toBe("blocks");
    expect(printLayout(flat(8), { words: 90_000, chapters: 9 }, { newPage: "none" }).newPage).toBe("none");
  });
});
