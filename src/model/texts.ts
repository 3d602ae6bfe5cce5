/**
 * What a report's Markdown holds beyond prose, read once in document order:
 * how many footnotes each text has (notes are numbered through the report, so
 * each text's first number depends on every text before it) and which
 * citations it makes (formatted together, so the citation style can tell works apart).
 */
import MarkdownIt from "markdown-it";
import type { CitedItem } from "../shared/citation-syntax.ts";
import { markdownSyntax } from "../shared/markdown-syntax.ts";
import { textValues } from "../validate/text-values.ts";
import type { ValidBlock } from "../validate/validated.ts";
import { allBlocks } from "../validate/validated.ts";

const parser = new MarkdownIt();
markdownSyntax(parser);

export interface ReportTexts {
  /** A text (trimmed) → the number of its first footnote. */
  noteStarts: Record<string, number>;
  noteCount: number;
  /** Every citation, in document order. */
  citations: Array<{ source: string; items: CitedItem[] }>;
}

export function readTexts(blocks: readonly ValidBlock[]): ReportTexts {
  const out: ReportTexts = { noteStarts: {}, noteCount: 0, citations: [] };
  for (const { block } of allBlocks(blocks)) {
    for (const [text] of textValues(block)) {
      if (!text.includes("[^") && !text.includes("@")) continue;
      const env: { footnotes?: { list?: unknown[] } } = {};
      for (const t of parser.parse(text, env)) {
        for (const c of t.children ?? []) if (c.type === "citation") out.citations.push(c.meta as { source: string; items: CitedItem[] });
      }
      const notes = env.footnotes?.list?.length ?? 0;
      if (notes > 0) {
        out.noteStarts[text.trim()] ??= out.noteCount + 1;
        out.noteCount += notes;
      }
    }
  }
  return out;
}

/** A heading inside a Markdown body: its inline Markdown and how far below the body's highest heading it is. */
export interface BodyHeading {
  text: string;
  depth: number;
}

export function bodyHeadings(body: string): BodyHeading[] {
  if (!body.includes("#") && !/\n[=-]{2,}\s*(\n|$)/.test(body)) return [];
  const tokens = parser.parse(body, {});
  const found: Array<{ level: number; text: string }> = [];
  tokens.forEach((t, i) => {
    if (t.type === "heading_open") found.push({ level: Number(t.tag.slice(1)), text: tokens[i + 1]?.content ?? "" });
  });
  const top = Math.min(...found.map((h) => h.level));
  return found.map((h) => ({ text: h.text, depth: h.level - top }));
}

/** How many tables with a caption (`[Tabelltekst]` under the table) a Markdown body has: they are numbered like table blocks. */
export function captionedTables(body: string): number {
  if (!body.includes("|")) return 0;
  const tokens = parser.parse(body, {});
  return tokens.filter((t, i) => t.type === "table_open" && tokens.slice(i).find((u) => u.type === "caption_open" || u.type === "table_close")?.type === "caption_open").length;
}
