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
        for (const c of t.children ?? [])
          if (c.type === "citation") out.citations.push(c.meta as { source: string; items: CitedItem[] });
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

/** What a Markdown body holds that the contents and numbering need: its headings, and how many tables with a caption it has. */
export interface BodyOutline {
  headings: BodyHeading[];
  /** Tables with a caption (`[Tabelltekst]` under the table): numbered like table blocks. */
  captionedTables: number;
}

/** One parse of a body, one pass over its tokens. */
export function bodyOutline(body: string): BodyOutline {
  const mayHaveHeadings = body.includes("#") || /\n[=-]{2,}\s*(\n|$)/.test(body);
  if (!mayHaveHeadings && !body.includes("|")) return { headings: [], captionedTables: 0 };
  const tokens = parser.parse(body, {});
  const found: Array<{ level: number; text: string }> = [];
  let captionedTables = 0;
  let inTable = false;
  tokens.forEach((t, i) => {
    if (t.type === "heading_open") found.push({ level: Number(t.tag.slice(1)), text: tokens[i + 1]?.content ?? "" });
    else if (t.type === "table_open") inTable = true;
    else if (t.type === "table_close") inTable = false;
    else if (t.type === "caption_open" && inTable) captionedTables++;
  });
  const top = Math.min(...found.map((h) => h.level));
  return { headings: found.map((h) => ({ text: h.text, depth: h.level - top })), captionedTables };
}
