/**
 * What validation needs to see in a Markdown text, from one parse: every link
 * and image target (unsafe ones included), raw HTML (which the renderer shows
 * as text), and table rows with more cells than their header (which the
 * renderer drops), footnotes that do not meet their definition, citations and
 * spans' languages. Lines are 0-based within the text.
 */
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { markdownSyntax } from "../shared/markdown-syntax.ts";

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
export interface LabelFound extends Found {
  /** A footnote's label, a citation's key or a span's language. */
  label: string;
}
export interface MarkdownScan {
  links: LinkFound[];
  html: Found[];
  rows: RowFound[];
  /** Footnote references with no definition in the text (`[^x]` left as written). */
  undefinedNotes: LabelFound[];
  /** Footnote definitions no reference points to. */
  unusedNotes: LabelFound[];
  /** Footnote references inside a heading. */
  notesInHeadings: LabelFound[];
  /** Every key a citation names. */
  citations: LabelFound[];
  /** Every `{lang=…}` a span gives. */
  spanLangs: LabelFound[];
}

/** HTML on, every link kept: the parser sees what an author wrote, not what the renderer lets through. */
const scanner = new MarkdownIt({ html: true });
scanner.validateLink = () => true;
markdownSyntax(scanner); // the renderer's syntax: tables, footnotes, citations, spans

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

const UNDEFINED_NOTE = /\[\^([^\]\s]+)\]/g;

function scanInline(block: Token, out: MarkdownScan, inHeading: boolean): void {
  let line = block.map?.[0] ?? 0;
  for (const t of block.children ?? []) {
    if (t.type === "softbreak" || t.type === "hardbreak") line++;
    else if (t.type === "footnote_ref" && inHeading)
      out.notesInHeadings.push({ line, needle: `[^${t.meta.label}]`, label: String(t.meta.label) });
    else if (t.type === "text" && t.content.includes("[^")) {
      for (const m of t.content.matchAll(UNDEFINED_NOTE)) out.undefinedNotes.push({ line, needle: m[0], label: m[1]! });
    } else if (t.type === "citation") {
      for (const item of t.meta.items as Array<{ key: string }>)
        out.citations.push({ line, needle: `@${item.key}`, label: item.key });
    } else if (t.type === "span_open" && t.attrGet("lang") !== null)
      out.spanLangs.push({ line, needle: `{lang=`, label: t.attrGet("lang")! });
    else if (t.type === "html_inline" && !t.content.startsWith("</"))
      out.html.push({ line, needle: t.content }); // a closing tag belongs to its opening one
    else if (t.type === "link_open" || t.type === "image") {
      const href = t.attrGet(t.type === "image" ? "src" : "href") ?? "";
      const alt = t.type === "image" ? t.content.trim() : "";
      out.links.push({ line, needle: href, href, image: t.type === "image", ...(alt && { alt }) });
    }
  }
}

/** Definitions (`[^x]: …`) that no reference used: the footnotes plugin lists only the referenced ones. */
function unusedNotes(
  env: { footnotes?: { refs?: Record<string, number>; list?: Array<{ label?: string }> } },
  lines: string[],
): LabelFound[] {
  const used = new Set((env.footnotes?.list ?? []).map((n) => n.label));
  return Object.keys(env.footnotes?.refs ?? {})
    .map((key) => key.slice(1)) // the plugin prefixes labels with ":"
    .filter((label) => !used.has(label))
    .map((label) => {
      const needle = `[^${label}]:`;
      return {
        line: Math.max(
          0,
          lines.findIndex((l) => l.includes(needle)),
        ),
        needle,
        label,
      };
    });
}

export function scanMarkdown(source: string): MarkdownScan {
  const out: MarkdownScan = {
    links: [],
    html: [],
    rows: [],
    undefinedNotes: [],
    unusedNotes: [],
    notesInHeadings: [],
    citations: [],
    spanLangs: [],
  };
  // Most texts hold none of this; skip the parse.
  if (!/\]\(|\]:|<|\||\[\^|\]\{|\[[^\]]*@/.test(source)) return out;
  const lines = source.split("\n");
  let header = 0;
  let inHead = false;
  let inHeading = false;
  const env = {};
  for (const t of scanner.parse(source, env)) {
    if (t.type === "heading_open" || t.type === "heading_close") inHeading = t.type === "heading_open";
    if (t.type === "inline") scanInline(t, out, inHeading);
    else if (t.type === "html_block")
      out.html.push({ line: t.map?.[0] ?? 0, needle: t.content.trim().split("\n")[0]! });
    else if (t.type === "thead_open") {
      inHead = true;
      header = 0;
    } else if (t.type === "thead_close") inHead = false;
    else if (t.type === "tr_open" && inHead && t.map)
      header = Math.max(header, tableCells(lines[t.map[0]] ?? "")); // the widest header row, spans counted
    else if (t.type === "tr_open" && !inHead && t.map) {
      const text = lines[t.map[0]] ?? "";
      const cells = tableCells(text);
      if (cells > header) out.rows.push({ line: t.map[0], needle: text.trim(), cells, header });
    }
  }
  out.unusedNotes.push(...unusedNotes(env, lines));
  return out;
}
