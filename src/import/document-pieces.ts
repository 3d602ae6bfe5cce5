/**
 * A Word document's HTML (from mammoth) as a flat run of pieces in reading
 * order — headings, Markdown passages, tables, images — with «Tabell …» and
 * «Figur …» paragraphs taken as the captions of the table or image beside them,
 * and the footnotes and endnotes by label. The layout step (layout.ts) turns
 * the run into folders and files.
 */
import { parseDocument } from "htmlparser2";
import type { AnyNode, Element } from "domhandler";
import { inline, isElement, list, paragraph, quote, textOf, type InlineContext } from "./markdown-from-html.ts";

export type Cell = { text: string; colspan?: number; rowspan?: number };

export type Piece =
  | { kind: "heading"; level: number; text: string }
  | { kind: "markdown"; text: string; notes: string[] }
  | { kind: "table"; head: Cell[][]; rows: Cell[][]; caption?: string; notes: string[] }
  | { kind: "image"; src: string; alt?: string; caption?: string }
  | { kind: "caption"; text: string }
  | { kind: "doc-title" | "doc-subtitle"; text: string };

export interface DocumentPieces {
  pieces: Piece[];
  /** Each footnote's or endnote's text (Markdown), by its label. */
  notes: Map<string, string>;
  droppedLinks: string[];
}

const TABLE_CAPTION = /^(tabell|table)\s*\d+([.:–-]\d+)*/i;
const FIGURE_CAPTION = /^(figur|figure|fig\.)\s*\d+([.:–-]\d+)*/i;
/** «Tabell 2.1: Brukere» → «Brukere»: samling numbers tables and figures itself. */
const withoutNumber = (caption: string, pattern: RegExp): string =>
  caption
    .replace(pattern, "")
    .replace(/^\s*[.:–-]?\s*/, "")
    .trim() || caption.trim();

function cells(row: Element, ctx: InlineContext): Cell[] {
  return row.children
    .filter((c): c is Element => isElement(c) && (c.name === "td" || c.name === "th"))
    .map((c) => {
      const text = c.children
        .map((p) =>
          isElement(p) && p.name === "p"
            ? paragraph(p, ctx)
            : isElement(p) && (p.name === "ul" || p.name === "ol")
              ? list(p, ctx)
              : inline([p], ctx),
        )
        .filter(Boolean)
        .join(" ")
        .replace(/\s*\n\s*/g, " ");
      const colspan = Number(c.attribs.colspan ?? 1);
      const rowspan = Number(c.attribs.rowspan ?? 1);
      return { text, ...(colspan > 1 && { colspan }), ...(rowspan > 1 && { rowspan }) };
    });
}

function table(node: Element, ctx: InlineContext): Piece {
  const rows: Element[] = [];
  const head: Element[] = [];
  const walk = (n: Element, inHead: boolean) => {
    for (const c of n.children.filter(isElement)) {
      if (c.name === "tr") (inHead ? head : rows).push(c);
      else if (c.name === "thead") walk(c, true);
      else if (c.name === "tbody" || c.name === "tfoot") walk(c, false);
    }
  };
  walk(node, false);
  // mammoth reads <w:tblHeader w:val="false"/> as a header row too: a table of header rows only has its first as the header.
  if (rows.length === 0) rows.push(...head.splice(1));
  const notes: string[] = [];
  const local = { notes, droppedLinks: ctx.droppedLinks };
  return { kind: "table", head: head.map((r) => cells(r, local)), rows: rows.map((r) => cells(r, local)), notes };
}

/** A paragraph that holds images: each image becomes a piece, the words around them a passage. */
function paragraphPieces(node: Element, ctx: InlineContext, out: Piece[]): void {
  const images = node.children.filter((c): c is Element => isElement(c) && c.name === "img");
  const cls = node.attribs.class ?? "";
  const notes: string[] = [];
  const text = paragraph(node, { notes, droppedLinks: ctx.droppedLinks });
  if (cls === "doc-title" || cls === "doc-subtitle") return void (text && out.push({ kind: cls, text }));
  const plain = textOf(node).trim();
  if (cls === "caption" || TABLE_CAPTION.test(plain) || FIGURE_CAPTION.test(plain)) {
    if (text) out.push({ kind: "caption", text });
  } else if (text) out.push({ kind: "markdown", text, notes });
  for (const img of images)
    out.push({
      kind: "image",
      src: img.attribs.src ?? "",
      ...(img.attribs.alt?.trim() && { alt: img.attribs.alt.trim() }),
    });
}

function collect(nodes: readonly AnyNode[], ctx: InlineContext, out: Piece[]): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      const text = textOf(node).trim();
      if (text) out.push({ kind: "markdown", text, notes: [] });
      continue;
    }
    const notes: string[] = [];
    const local = { notes, droppedLinks: ctx.droppedLinks };
    const h = /^h([1-6])$/.exec(node.name);
    if (h) {
      const text = paragraph(node, local);
      if (text) out.push({ kind: "heading", level: Number(h[1]), text });
    } else if (node.name === "p") paragraphPieces(node, ctx, out);
    else if (node.name === "ul" || node.name === "ol") out.push({ kind: "markdown", text: list(node, local), notes });
    else if (node.name === "blockquote") out.push({ kind: "markdown", text: quote(node, local), notes });
    else if (node.name === "table") out.push(table(node, ctx));
    else collect(node.children, ctx, out);
  }
}

/** Pairs each «Tabell …»/«Figur …» paragraph with the table or image right before or after it; a lone one stays text. */
function attachCaptions(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  const used = new Set<number>();
  pieces.forEach((p, i) => {
    if (p.kind !== "table" && p.kind !== "image") return;
    const isTable = p.kind === "table";
    const pattern = isTable ? TABLE_CAPTION : FIGURE_CAPTION;
    const fits = (j: number) => {
      const c = pieces[j];
      return (
        c?.kind === "caption" &&
        !used.has(j) &&
        (pattern.test(c.text.replace(/\*/g, "")) ||
          !(isTable ? FIGURE_CAPTION : TABLE_CAPTION).test(c.text.replace(/\*/g, "")))
      );
    };
    // A table's title stands above it in Norwegian reports, a figure's text below: look there first.
    const order = isTable ? [i - 1, i + 1] : [i + 1, i - 1];
    const j = order.find(fits);
    if (j !== undefined) {
      used.add(j);
      (p as { caption?: string }).caption = withoutNumber(
        (pieces[j] as { text: string }).text.replace(/^\*+|\*+$/g, ""),
        pattern,
      );
    }
  });
  pieces.forEach((p, i) => {
    if (used.has(i)) return;
    out.push(p.kind === "caption" ? { kind: "markdown", text: p.text, notes: [] } : p);
  });
  return out;
}

export function documentPieces(html: string): DocumentPieces {
  const root = parseDocument(html);
  const ctx: InlineContext = { notes: [], droppedLinks: [] };
  const notes = new Map<string, string>();
  const body: AnyNode[] = [];
  for (const node of root.children) {
    // mammoth puts the notes last, as lists whose items are «footnote-N» / «endnote-N».
    const items = isElement(node) && node.name === "ol" ? node.children.filter(isElement) : [];
    const isNotes = items.length > 0 && items.every((li) => /^(footnote|endnote)-\d+$/.test(li.attribs.id ?? ""));
    if (!isNotes) {
      body.push(node);
      continue;
    }
    for (const li of items) {
      const [, kind, n] = /^(footnote|endnote)-(\d+)$/.exec(li.attribs.id!)!;
      const label = kind === "footnote" ? n! : `sluttnote-${n}`;
      // Without mammoth's «↑» link back: samling makes its own.
      const backLinks = (nodes: AnyNode[]): AnyNode[] =>
        nodes.filter(
          (c) => !(isElement(c) && c.name === "a" && /^#(footnote|endnote)-ref-/.test(c.attribs.href ?? "")),
        );
      const text = li.children
        .filter(isElement)
        .map((p) => inline(backLinks(p.children), ctx).trim())
        .filter(Boolean)
        .join(" ");
      notes.set(label, text);
    }
  }
  const pieces: Piece[] = [];
  collect(body, ctx, pieces);
  return { pieces: attachCaptions(pieces), notes, droppedLinks: ctx.droppedLinks };
}
