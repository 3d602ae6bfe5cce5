/**
 * Finishes a PDF printed by Chromium: document information from the report,
 * and bookmarks built from the headings (Chromium's own outline loses spaces
 * where a heading wraps). Every bookmark points to a named destination — the
 * heading's id, stored as UTF-8 bytes so ids with æ, ø and å work — and the
 * named destination to the heading's place on its page.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFString,
  type PDFObject,
  type PDFRef,
} from "pdf-lib";

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
  keywords: string[];
  lang: string;
  /** Creation and modification date, so two builds of the same report give the same file. */
  date: Date;
}

/** A heading found in the paged document. */
export interface HeadingMark {
  id: string;
  title: string;
  /** 1 = top level in the bookmarks. */
  depth: number;
  /** 0-based page index. */
  page: number;
  /** Distance from the top of the page, as a fraction of the page height. */
  top: number;
}

/** Destination names are byte strings in PDF; UTF-8 keeps non-ASCII ids intact and comparable. */
export const destinationName = (id: string): PDFHexString => PDFHexString.of(Buffer.from(id, "utf8").toString("hex"));

function addNamedDestinations(doc: PDFDocument, marks: HeadingMark[]): void {
  const pages = doc.getPages();
  const entries = marks
    .map((m) => {
      const page = pages[m.page]!;
      const y = page.getHeight() * (1 - m.top);
      const dest = PDFArray.withContext(doc.context);
      dest.push(page.ref);
      dest.push(PDFName.of("XYZ"));
      dest.push(PDFNull);
      dest.push(PDFNumber.of(Math.round(y * 100) / 100));
      dest.push(PDFNull);
      return { key: Buffer.from(m.id, "utf8"), dest };
    })
    // A name tree's keys are sorted by their bytes.
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const names = PDFArray.withContext(doc.context);
  for (const e of entries) {
    names.push(PDFHexString.of(e.key.toString("hex")));
    names.push(e.dest);
  }
  const dests = doc.context.obj({ Names: names });
  doc.catalog.set(PDFName.of("Names"), doc.context.obj({ Dests: doc.context.register(dests) }));
}

interface Node {
  mark: HeadingMark;
  ref: PDFRef;
  children: Node[];
}

function addOutline(doc: PDFDocument, marks: HeadingMark[]): void {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const mark of marks) {
    const node: Node = { mark, ref: doc.context.nextRef(), children: [] };
    while (stack.length && stack.at(-1)!.mark.depth >= mark.depth) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  const outlineRef = doc.context.nextRef();
  const count = (nodes: Node[]): number => nodes.reduce((n, c) => n + 1 + count(c.children), 0);
  const write = (nodes: Node[], parent: PDFRef) => {
    nodes.forEach((node, i) => {
      const dict: PDFDict = doc.context.obj({
        Title: PDFHexString.fromText(node.mark.title),
        Parent: parent,
        Dest: destinationName(node.mark.id),
      });
      if (i > 0) dict.set(PDFName.of("Prev"), nodes[i - 1]!.ref);
      if (i < nodes.length - 1) dict.set(PDFName.of("Next"), nodes[i + 1]!.ref);
      if (node.children.length) {
        dict.set(PDFName.of("First"), node.children[0]!.ref);
        dict.set(PDFName.of("Last"), node.children.at(-1)!.ref);
        dict.set(PDFName.of("Count"), PDFNumber.of(count(node.children)));
        write(node.children, node.ref);
      }
      doc.context.assign(node.ref, dict);
    });
  };
  if (roots.length === 0) return;
  write(roots, outlineRef);
  doc.context.assign(
    outlineRef,
    doc.context.obj({
      Type: "Outlines",
      First: roots[0]!.ref,
      Last: roots.at(-1)!.ref,
      Count: PDFNumber.of(count(roots)),
    }),
  );
  doc.catalog.set(PDFName.of("Outlines"), outlineRef);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/** Chromium names structure elements after its renderer's global DOM-node counter. */
const NODE_ID = /^node(\d+)$/;

function forEachString(obj: PDFObject, visit: (value: string, replace: (next: PDFObject) => void) => void): void {
  if (obj instanceof PDFDict) {
    for (const [key, value] of obj.entries()) {
      if (value instanceof PDFString || value instanceof PDFHexString)
        visit(value.decodeText(), (next) => obj.set(key, next));
      else forEachString(value, visit);
    }
  } else if (obj instanceof PDFArray) {
    obj.asArray().forEach((value, i) => {
      if (value instanceof PDFString || value instanceof PDFHexString)
        visit(value.decodeText(), (next) => obj.set(i, next));
      else forEachString(value, visit);
    });
  }
}

/**
 * Structure element ids (used by the /IDTree and by table cells' /Headers) come
 * from a counter that also counts whatever else the renderer made before, so
 * they shift between otherwise identical prints. Renumbering them from 1, in
 * their original order, keeps every reference and the id tree's sort order.
 */
function renumberStructureIds(doc: PDFDocument): void {
  const objects = doc.context.enumerateIndirectObjects().map(([, obj]) => obj);
  const seen = new Set<string>();
  for (const obj of objects) forEachString(obj, (value) => NODE_ID.test(value) && seen.add(value));
  const ordered = [...seen].sort((a, b) => Number(NODE_ID.exec(a)![1]) - Number(NODE_ID.exec(b)![1]));
  const renamed = new Map(ordered.map((old, i) => [old, `node${String(i + 1).padStart(8, "0")}`]));
  for (const obj of objects) {
    forEachString(obj, (value, replace) => {
      const next = renamed.get(value);
      if (next) replace(PDFString.of(next));
    });
  }
}

/**
 * Chromium tags an HTML <figure> as a Figure, even when it only groups a
 * caption, a chart (itself a Figure with alternative text) and a table. A
 * Figure without alternative text fails PDF accessibility checks, and this
 * one is a container, not an image: it becomes a Div.
 */
function retagContainerFigures(doc: PDFDocument): void {
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of("S")) !== PDFName.of("Figure") || obj.has(PDFName.of("Alt")))
      continue;
    const kids = obj.get(PDFName.of("K"));
    const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    const groups = list.some((k) => doc.context.lookup(k) instanceof PDFDict);
    if (groups) obj.set(PDFName.of("S"), PDFName.of("Div"));
  }
}

export async function finishPdf(bytes: Uint8Array, info: PdfInfo, marks: HeadingMark[]): Promise<Uint8Array> {
  // updateMetadata: false keeps pdf-lib from stamping its own name and the current time.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  // One string, «; » between: pdf-lib joins a list with spaces, and «Bø, Midt-Telemark» ran into the next keyword.
  if (info.keywords.length) doc.setKeywords([info.keywords.join("; ")]);
  doc.setLanguage(info.lang);
  doc.setCreator("samling");
  doc.setProducer("samling (Paged.js, Chromium, pdf-lib)");
  doc.setCreationDate(info.date);
  doc.setModificationDate(info.date);
  renumberStructureIds(doc);
  retagContainerFigures(doc);
  addNamedDestinations(doc, marks);
  addOutline(doc, marks);
  return doc.save({ useObjectStreams: false });
}
