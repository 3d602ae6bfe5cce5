/**
 * What validation needs to see in a Markdown text, from one parse: every link
 * and image target (unsafe ones included), raw HTML (which the renderer shows
 * as text), and table rows with more cells than their header (which the
 * renderer drops). Lines are 0-based within the text.
 */
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { tableSyntax } from "../render/markdown-tables.ts";

export interface Found {
  line: number;
  /** What to look for on the line, to place the column. */
  needle: string;
}
export interface LinkFound extends Found {
  href: string;
  image: boolean;
  /** An image's alternative text. */
  alt?: string;
}
export interface RowFound extends Found {
  cells: number;
  header: number;
}
export interface MarkdownScan {
  links: LinkFound[];
  html: Found[];
  rows: RowFound[];
}

/** HTML on, every link kept: the parser sees what an author wrote, not what the renderer lets through. */
const scanner = new MarkdownIt({ html: true });
scanner.validateLink = () => true;
tableSyntax(scanner); // the renderer's table syntax: spans, captions, rows over several lines

/**
 * Columns a table row covers, as the tables plugin splits it: on pipes not escaped by a
 * backslash nor inside `code`, outer pipes trimmed, a trailing `\` (the row goes on) ignored.
 * An empty cell (`||`) widens the cell before it, so it still counts as a column.
 */
export function tableCells(line: string): number {
  const trimmed = line
    .trim()
    .replace(/(?<!\\)\|\s*\\$/, "|")
    .replace(/(`+)[^`]*?\1/g, "x")
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return trimmed.split(/(?<!\\)\|/).length;
}

function scanInline(block: Token, out: MarkdownScan): void {
  let line = block.map?.[0] ?? 0;
  for (const t of block.children ?? []) {
    if (t.type === "softbreak" || t.type === "hardbreak") line++;
    else if (t.type === "html_inline" && !t.content.startsWith("</")) out.html.push({ line, needle: t.content }); // a closing tag belongs to its opening one
    else if (t.type === "link_open" || t.type === "image") {
      const href = t.attrGet(t.type === "image" ? "src" : "href") ?? "";
      const alt = t.type === "image" ? t.content.trim() : "";
      out.links.push({ line, needle: href, href, image: t.type === "image", ...(alt && { alt }) });
    }
  }
}

export function scanMarkdown(source: string): MarkdownScan {
  const out: MarkdownScan = { links: [], html: [], rows: [] };
  // Most texts hold none of this; skip the parse.
  if (!/\]\(|\]:|<|\|/.test(source)) return out;
  const lines = source.split("\n");
  let header = 0;
  let inHead = false;
  for (const t of scanner.parse(source, {})) {
    if (t.type === "inline") scanInline(t, out);
    else if (t.type === "html_block") out.html.push({ line: t.map?.[0] ?? 0, needle: t.content.trim().split("\n")[0]! });
    else if (t.type === "thead_open") (inHead = true), (header = 0);
    else if (t.type === "thead_close") inHead = false;
    else if (t.type === "tr_open" && inHead && t.map) header = Math.max(header, tableCells(lines[t.map[0]] ?? "")); // the widest header row, spans counted
    else if (t.type === "tr_open" && !inHead && t.map) {
      const text = lines[t.map[0]] ?? "";
      const cells = tableCells(text);
      if (cells > header) out.rows.push({ line: t.map[0], needle: text.trim(), cells, header });
    }
  }
  return out;
}
