/**
 * mammoth's HTML, element by element, as samling's Markdown: paragraphs, nested
 * lists, block quotes, bold and italic, links (script-bearing ones dropped),
 * footnote references as [^n]. A walk of our own over htmlparser2's tree rather
 * than a general HTML-to-Markdown converter: mammoth writes a small, known set of
 * elements, and the import must split the text at headings, tables and images,
 * place each footnote in the file that refers to it and report what it dropped —
 * work a converter would only get in the way of.
 */
import type { AnyNode, Element } from "domhandler";
import { unsafeScheme } from "../shared/url-safety.ts";

export interface InlineContext {
  /** Footnote and endnote labels referred to, in order of reference. */
  notes: string[];
  /** Links left out for their scheme (javascript: …), as written. */
  droppedLinks: string[];
}

export const isElement = (node: AnyNode): node is Element =>
  node.type === "tag" || node.type === "script" || node.type === "style";

export const textOf = (node: AnyNode): string =>
  node.type === "text"
    ? (node as unknown as { data: string }).data
    : isElement(node)
      ? node.children.map(textOf).join("")
      : "";

/** Characters Markdown would read as syntax, escaped; text stays text. */
const escape = (text: string): string => text.replace(/([\\`*_[\]<>])/g, "\\$1");

/** «[^3]» for mammoth's «#footnote-3», «[^sluttnote-2]» for an endnote. */
function noteLabel(href: string): string | undefined {
  const m = /^#(footnote|endnote)-(\d+)$/.exec(href);
  if (!m) return undefined;
  return m[1] === "footnote" ? m[2]! : `sluttnote-${m[2]}`;
}

/** Wraps inline text in a marker, keeping the spaces at its ends outside (Markdown needs `**ord** neste`, not `**ord **`). */
function wrap(inner: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : inner;
}

export function inline(nodes: readonly AnyNode[], ctx: InlineContext): string {
  return nodes.map((n) => inlineNode(n, ctx)).join("");
}

function inlineNode(node: AnyNode, ctx: InlineContext): string {
  if (node.type === "text") return escape(textOf(node).replace(/\s+/g, " "));
  if (!isElement(node)) return "";
  switch (node.name) {
    case "strong":
    case "b":
      return wrap(inline(node.children, ctx), "**");
    case "em":
    case "i":
      return wrap(inline(node.children, ctx), "*");
    case "br":
      return "\\\n";
    case "sup": {
      const link = node.children.find(isElement);
      const label = link?.name === "a" ? noteLabel(link.attribs.href ?? "") : undefined;
      if (label) {
        ctx.notes.push(label);
        return `[^${label}]`;
      }
      return inline(node.children, ctx);
    }
    case "a": {
      const text = inline(node.children, ctx);
      const href = node.attribs.href ?? "";
      if (!href || href.startsWith("#")) return text; // bookmarks inside the Word document lead nowhere here
      if (unsafeScheme(href)) {
        ctx.droppedLinks.push(href);
        return text;
      }
      return text.trim() ? `[${text}](${href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})` : "";
    }
    case "img":
      return ""; // images are taken out as figures before a paragraph gets here
    default:
      return inline(node.children, ctx);
  }
}

/** A paragraph's inline Markdown, its lines trimmed. */
export const paragraph = (node: Element, ctx: InlineContext): string =>
  inline(node.children, ctx)
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .trim();

/** A list, with its nested lists indented under their items. */
export function list(node: Element, ctx: InlineContext, indent = ""): string {
  const ordered = node.name === "ol";
  const items = node.children.filter((c): c is Element => isElement(c) && c.name === "li");
  return items
    .map((li, i) => {
      const marker = ordered ? `${i + 1}. ` : "- ";
      const pad = indent + " ".repeat(marker.length);
      const own = li.children.filter((c) => !(isElement(c) && (c.name === "ul" || c.name === "ol")));
      const text = own
        .map((c) => (isElement(c) && c.name === "p" ? paragraph(c, ctx) : inline([c], ctx)))
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
      const nested = li.children
        .filter((c): c is Element => isElement(c) && (c.name === "ul" || c.name === "ol"))
        .map((l) => list(l, ctx, pad));
      return [`${indent}${marker}${text}`, ...nested].join("\n");
    })
    .join("\n");
}

/** A block quote's paragraphs, each line behind «> ». */
export function quote(node: Element, ctx: InlineContext): string {
  const paragraphs = node.children
    .filter(isElement)
    .map((c) =>
      c.name === "p" ? paragraph(c, ctx) : c.name === "ul" || c.name === "ol" ? list(c, ctx) : inline([c], ctx),
    );
  return paragraphs
    .filter(Boolean)
    .map((p) =>
      p
        .split("\n")
        .map((l) => `> ${l}`)
        .join("\n"),
    )
    .join("\n>\n");
}
