/** Reading printed PDFs in tests: text through poppler, structure through pdf-lib. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFObject,
} from "pdf-lib";

/** Letters and digits only, lower-case, soft hyphens dropped: what survives any line breaking. */
export const normalize = (s: string): string =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/\u00ad/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** A4 in points, and the part of each page that is body text (the running header and footer cut off). */
const BODY = { x: 0, y: 62, w: 596, h: 718 };

/** Each page's size in points, from pdfinfo. */
export function pageSizes(file: string): Array<{ width: number; height: number }> {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "100000", file], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Body text per page (1-based index 0 = page 1). */
export function pageBodies(file: string): string[] {
  // -raw: text in the order it was drawn, which is document order; reading order would interleave columns.
  const text = execFileSync(
    "pdftotext",
    ["-raw", "-x", `${BODY.x}`, "-y", `${BODY.y}`, "-W", `${BODY.w}`, "-H", `${BODY.h}`, file, "-"],
    { encoding: "utf8", maxBuffer: 1 << 26 },
  );
  const pages = text.split("\f").slice(0, -1);
  // A landscape page (a very wide table) has the same margins on its own size.
  for (const [i, size] of pageSizes(file).entries()) {
    if (size.width <= size.height) continue;
    const crop = [
      "-x",
      "0",
      "-y",
      `${BODY.y}`,
      "-W",
      `${Math.ceil(size.width)}`,
      "-H",
      `${Math.floor(size.height - 2 * BODY.y)}`,
    ];
    pages[i] = execFileSync("pdftotext", ["-raw", "-f", `${i + 1}`, "-l", `${i + 1}`, ...crop, file, "-"], {
      encoding: "utf8",
    }).replace(/\f$/, "");
  }
  return pages;
}

/** Text in a rectangle of one page (PDF user space, origin bottom left). */
export function textIn(file: string, page: number, rect: [number, number, number, number], pageHeight: number): string {
  const [x1, y1, x2, y2] = rect;
  const args = [
    "-f",
    `${page}`,
    "-l",
    `${page}`,
    "-x",
    `${Math.floor(x1)}`,
    "-y",
    `${Math.floor(pageHeight - y2)}`,
    "-W",
    `${Math.ceil(x2 - x1)}`,
    "-H",
    `${Math.ceil(y2 - y1)}`,
  ];
  return execFileSync("pdftotext", [...args, file, "-"], { encoding: "utf8" });
}

/** pdffonts' table: name and whether each font is embedded. */
export function fonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols.at(-5) === "yes" };
  });
}

export const load = (file: string) => PDFDocument.load(readFileSync(file), { updateMetadata: false });

const text = (o: PDFObject | undefined): string =>
  o instanceof PDFHexString || o instanceof PDFString ? o.decodeText() : String(o);

/** Bytes of a destination name, as UTF-8 text. */
const nameOf = (o: PDFObject | undefined): string =>
  o instanceof PDFHexString
    ? Buffer.from(o.asBytes()).toString("utf8")
    : o instanceof PDFString
      ? o.asString()
      : String(o);

function pageIndexOfDest(doc: PDFDocument, dest: PDFObject | undefined): number {
  const array = dest instanceof PDFRef ? doc.context.lookup(dest) : dest;
  if (!(array instanceof PDFArray)) return -1;
  const ref = array.get(0);
  return doc.getPages().findIndex((p) => p.ref === ref);
}

/** Our named destinations: id → [page index, y]. */
export function namedDestinations(doc: PDFDocument): Map<string, { page: number; y: number }> {
  const names = doc.catalog
    .lookup(PDFName.of("Names"), PDFDict)
    .lookup(PDFName.of("Dests"), PDFDict)
    .lookup(PDFName.of("Names"), PDFArray);
  const out = new Map<string, { page: number; y: number }>();
  for (let i = 0; i < names.size(); i += 2) {
    const dest = names.lookup(i + 1, PDFArray);
    out.set(nameOf(names.get(i)), { page: pageIndexOfDest(doc, dest), y: (dest.get(3) as PDFNumber).asNumber() });
  }
  return out;
}

export interface Bookmark {
  title: string;
  dest: string;
  depth: number;
}

/** The outline, flattened in reading order. */
export function outline(doc: PDFDocument): Bookmark[] {
  const root = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const out: Bookmark[] = [];
  const walk = (first: PDFObject | undefined, depth: number) => {
    let ref = first;
    while (ref instanceof PDFRef) {
      const item = doc.context.lookup(ref, PDFDict);
      out.push({ title: text(item.get(PDFName.of("Title"))), dest: nameOf(item.get(PDFName.of("Dest"))), depth });
      walk(item.get(PDFName.of("First")), depth + 1);
      ref = item.get(PDFName.of("Next"));
    }
  };
  walk(root?.get(PDFName.of("First")), 1);
  return out;
}

/** Internal links Chromium wrote (the table of contents): their rectangle and the page they go to. */
export function internalLinks(
  doc: PDFDocument,
): Array<{ page: number; rect: [number, number, number, number]; target: number }> {
  const dests = doc.catalog.lookup(PDFName.of("Dests"), PDFDict);
  const links: Array<{ page: number; rect: [number, number, number, number]; target: number }> = [];
  doc.getPages().forEach((page, index) => {
    const annots = page.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const a = doc.context.lookup(annots!.get(i), PDFDict);
      const dest = a.get(PDFName.of("Dest"));
      if (!(dest instanceof PDFName)) continue;
      const rect = a
        .lookup(PDFName.of("Rect"), PDFArray)
        .asArray()
        .map((n) => (n as PDFNumber).asNumber()) as [number, number, number, number];
      links.push({ page: index, rect, target: pageIndexOfDest(doc, dests.get(dest)) });
    }
  });
  return links;
}

/** Structure types (/H1, /P, /Figure …) in the order the structure tree gives them: the PDF's reading order. */
export function structureOrder(doc: PDFDocument): string[] {
  const root = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
  const out: string[] = [];
  const walk = (node: PDFObject | undefined) => {
    const value = node instanceof PDFRef ? doc.context.lookup(node) : node;
    if (value instanceof PDFArray) value.asArray().forEach(walk);
    else if (value instanceof PDFDict) {
      const type = value.get(PDFName.of("S"));
      if (type instanceof PDFName) out.push(type.decodeText());
      walk(value.get(PDFName.of("K")));
    }
  };
  walk(root.get(PDFName.of("K")));
  return out;
}
