/**
 * How a report's PDF is laid out, decided from the report itself: where new
 * pages start, and how deep its contents goes. A short meeting report flows
 * block after block; a long one with chapters starts each chapter on a page
 * of its own; the contents fits on two pages at most. report.yaml's and
 * site.yaml's `print.newPage` and `contentsDepth.print` decide instead when
 * they are set.
 */
import type { NewPage } from "../schema/common.ts";
import { countEntries } from "./toc.ts";
import type { TocEntry } from "./types.ts";

/** From this many words of content, a report with chapters starts each on a new page: some twelve pages of text. */
export const CHAPTER_WORDS = 6000;

/** Entries two printed pages of contents hold, at the contents' line spacing. */
export const CONTENTS_ENTRIES = 50;

/** The deepest the contents goes by default: parts, chapters, sections. */
export const CONTENTS_DEPTH = 3;

export interface PrintLayout {
  newPage: NewPage;
  contentsDepth: number;
}

/** `chapters`: the report's top-level sections (folders) are its chapters. */
export function printLayout(
  toc: readonly TocEntry[],
  facts: { words: number; chapters: number },
  set: { newPage?: NewPage | undefined; contentsDepth?: number | undefined } = {},
): PrintLayout {
  const newPage = set.newPage ?? (facts.chapters >= 2 && facts.words >= CHAPTER_WORDS ? "chapters" : "none");
  let depth = set.contentsDepth ?? CONTENTS_DEPTH;
  if (set.contentsDepth === undefined) while (depth > 1 && countEntries(toc, depth) > CONTENTS_ENTRIES) depth--;
  return { newPage, contentsDepth: depth };
}
