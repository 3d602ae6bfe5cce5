/**
 * Lays an imported document out as a report folder: the top heading level a
 * section folder each (when there are headings below it), the next level a
 * Markdown block each with its title, deeper headings as Markdown headings in
 * the block; tables with merged cells and images as blocks of their own
 * between the passages, simple tables as Markdown tables; each footnote in the
 * file that refers to it. Returns file contents by path; nothing is written here.
 */
import { dump } from "js-yaml";
import { slugify } from "../shared/slug.ts";
import type { Cell, DocumentPieces, Piece } from "./document-pieces.ts";

export interface LaidOut {
  /** Path in the report folder → text (or, for images, the image's name in the document). */
  files: Map<string, string>;
  /** What the import made and what a human should look at. */
  counts: { sections: number; blocks: number; tables: number; images: number; imagesWithoutAlt: number; notes: number };
  check: Array<{ rule: "no-alt" | "no-caption" | "note-in-table"; file: string }>;
  /** The document's title and subtitle as its title page said them. */
  title?: string;
  subtitle?: string;
}

const yaml = (value: unknown): string => dump(value, { lineWidth: 100, noRefs: true });
const two = (n: number) => String(n).padStart(2, "0");

/** A table is written in Markdown when it has no merged cells and at most one header row. */
const isSimple = (t: Extract<Piece, { kind: "table" }>): boolean =>
  t.head.length <= 1 && [...t.head, ...t.rows].every((r) => r.every((c) => !c.colspan && !c.rowspan));

const mdCell = (c: Cell): string => c.text.replace(/\|/g, "\\|") || " ";

function markdownTable(t: Extract<Piece, { kind: "table" }>): string {
  const [head, ...rows] = t.head.length ? [t.head[0]!, ...t.rows] : t.rows;
  const width = Math.max(...[head!, ...rows].map((r) => r.length));
  const line = (r: Cell[]) =>
    `| ${Array.from({ length: width }, (_, i) => mdCell(r[i] ?? { text: "" })).join(" | ")} |`;
  return [line(head!), `|${" --- |".repeat(width)}`, ...rows.map(line), ...(t.caption ? [`[${t.caption}]`] : [])].join(
    "\n",
  );
}

const yamlCell = (c: Cell): unknown =>
  c.colspan || c.rowspan
    ? { text: c.text, ...(c.colspan && { colspan: c.colspan }), ...(c.rowspan && { rowspan: c.rowspan }) }
    : c.text;

export function layOut(doc: DocumentPieces, imageFolder = "bilder"): LaidOut {
  const out: LaidOut = {
    files: new Map(),
    counts: { sections: 0, blocks: 0, tables: 0, images: 0, imagesWithoutAlt: 0, notes: 0 },
    check: [],
  };
  const headings = doc.pieces.flatMap((p) => (p.kind === "heading" ? [p.level] : []));
  const top = Math.min(...headings, 7);
  const sectionLevel = headings.some((l) => l > top) ? top : undefined;
  const blockLevel = sectionLevel === undefined ? top : top + 1;

  let folder = "";
  const counters = new Map<string, number>();
  const nextName = (slug: string, ext: string) => {
    const n = (counters.get(folder) ?? 0) + 1;
    counters.set(folder, n);
    return `${folder}${two(n)}-${slug}.${ext}`;
  };

  // The Markdown block being written: its title, its passages, the notes they refer to.
  let block: { title?: string; slug: string; parts: string[]; notes: string[] } | undefined;
  const flush = () => {
    if (!block || !block.parts.length) return void (block = undefined);
    const notes = [...new Set(block.notes)].filter((l) => doc.notes.has(l));
    out.counts.notes += notes.length;
    const front = block.title ? `---\n${yaml({ title: block.title })}---\n` : "";
    const body = [
      ...block.parts,
      ...(notes.length ? [notes.map((l) => `[^${l}]: ${doc.notes.get(l)}`).join("\n")] : []),
    ].join("\n\n");
    out.files.set(nextName(block.slug, "md"), `${front}${body}\n`);
    out.counts.blocks++;
    block = { slug: `${block.slug.replace(/-forts$/, "")}-forts`, parts: [], notes: [] };
  };
  const passage = (text: string, notes: string[] = []) => {
    block ??= { slug: folder ? "tekst" : "innledning", parts: [], notes: [] };
    block.parts.push(text);
    block.notes.push(...notes);
  };

  for (const p of doc.pieces) {
    if (p.kind === "doc-title") out.title ??= p.text;
    else if (p.kind === "doc-subtitle") out.subtitle ??= p.text;
    else if (p.kind === "heading" && p.level === sectionLevel) {
      flush();
      block = undefined;
      // Numbered in the same run as the blocks before it, so the folder stands where the chapter stood.
      folder = "";
      folder = nextName(slugify(p.text, 40), "").replace(/\.$/, "/");
      out.files.set(`${folder}index.yaml`, yaml({ kind: "section", title: p.text }));
      out.counts.sections++;
    } else if (p.kind === "heading" && p.level <= blockLevel) {
      flush();
      block = { title: p.text, slug: slugify(p.text, 40), parts: [], notes: [] };
    } else if (p.kind === "heading") passage(`${"#".repeat(Math.min(6, p.level - blockLevel + 2))} ${p.text}`);
    else if (p.kind === "markdown") {
      passage(p.text, p.notes);
    } else if (p.kind === "table" && isSimple(p)) {
      passage(markdownTable(p), p.notes);
      out.counts.tables++;
    } else if (p.kind === "table") {
      flush();
      const name = nextName("tabell", "yaml");
      out.files.set(
        name,
        yaml({
          kind: "table",
          caption: p.caption ?? "Tabell",
          ...(p.head.length && { head: p.head.map((r) => r.map(yamlCell)) }),
          rows: p.rows.map((r) => r.map(yamlCell)),
        }),
      );
      out.counts.tables++;
      if (!p.caption) out.check.push({ rule: "no-caption", file: name });
      if (p.notes.length) out.check.push({ rule: "note-in-table", file: name });
    } else if (p.kind === "image") {
      flush();
      const name = nextName("figur", "yaml");
      out.files.set(
        name,
        yaml({
          kind: "figure",
          src: `${folder ? "../" : ""}${imageFolder}/${p.src}`,
          ...(p.alt && { alt: p.alt }),
          ...(p.caption && { caption: p.caption }),
        }),
      );
      out.files.set(`${imageFolder}/${p.src}`, p.src);
      out.counts.images++;
      if (!p.alt) {
        out.counts.imagesWithoutAlt++;
        out.check.push({ rule: "no-alt", file: name });
      }
    }
  }
  flush();
  return out;
}
