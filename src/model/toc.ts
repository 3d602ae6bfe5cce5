/**
 * The table of contents: titled blocks, the headings inside their Markdown
 * bodies, and a questions block's questions, nested as the report is.
 */
import { plainText } from "../shared/plain-text.ts";
import type { BlockModel, TocEntry } from "./types.ts";

/** Slide titles often end in a colon ("Resultater:"); a table of contents reads better without. */
export const tocText = (markdown: string): string => plainText(markdown).replace(/\s*:\s*$/, "");

/** A flat list of headings, each with its depth below the first level, as a tree. */
export function nestHeadings(flat: ReadonlyArray<{ entry: TocEntry; depth: number }>): TocEntry[] {
  const roots: TocEntry[] = [];
  const open: Array<{ entry: TocEntry; depth: number }> = [];
  for (const h of flat) {
    while (open.length && open.at(-1)!.depth >= h.depth) open.pop();
    (open.at(-1)?.entry.children ?? roots).push(h.entry);
    open.push(h);
  }
  return roots;
}

export function tocOf(blocks: readonly BlockModel[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const b of blocks) {
    const questions: TocEntry[] =
      b.kind === "questions"
        ? b.items.map((q, i) => ({ anchor: b.itemAnchors[i]!, title: tocText(q.question), children: [] }))
        : [];
    const headings = b.kind === "text" || b.kind === "section" ? (b.bodyHeadings ?? []) : [];
    const body = nestHeadings(
      headings.map((h) => ({ entry: { anchor: h.anchor, title: h.title, children: [] }, depth: h.depth })),
    );
    const children = [...body, ...tocOf(b.children), ...questions];
    if (b.tocLabel) entries.push({ anchor: b.anchor, title: b.tocLabel, children });
    else entries.push(...children);
  }
  return entries;
}

/** Entries the contents shows, `depth` levels deep. */
export const countEntries = (toc: readonly TocEntry[], depth: number): number =>
  depth < 1 ? 0 : toc.reduce((n, e) => n + 1 + countEntries(e.children, depth - 1), 0);

/** More entries than this and the web contents folds on phones: about one phone screen of links. */
export const FOLD_CONTENTS_OVER = 8;
