/**
 * Every image a file refers to — a figure's files and Markdown images in any
 * text — with what it says of itself (alt text, decorative) and where it is
 * written. Validation checks them; the media stage processes the same list.
 */
import type { SourceDoc } from "../load/source-doc.ts";
import { resolveImagePath } from "../shared/image-path.ts";
import type { Position } from "../shared/diagnostic.ts";
import { scannedTexts } from "./markdown-texts.ts";
import { isOwner } from "./text-values.ts";

export interface ImageRef {
  /** As written. */
  src: string;
  /** The file, as a display path (relative to the working folder, forward slashes); undefined for a web address. */
  file?: string;
  alt?: string;
  decorative: boolean;
  at: Position;
}

/** The image file `src` names, seen from the file `doc`. */
export const imageFile = (doc: SourceDoc, src: string): string | undefined => resolveImagePath(doc.file, src);

function ref(doc: SourceDoc, src: string, at: Position, alt: string | undefined, decorative: boolean): ImageRef {
  const file = imageFile(doc, src);
  return { src, ...(file !== undefined && { file }), ...(alt && { alt }), decorative, at };
}

function figureRefs(doc: SourceDoc): ImageRef[] {
  const data = doc.data;
  if (!isOwner(data) || data.kind !== "figure") return [];
  const out: ImageRef[] = [];
  const add = (img: unknown, path: Array<string | number>) => {
    if (!isOwner(img) || typeof img.src !== "string") return;
    out.push(
      ref(
        doc,
        img.src,
        doc.position([...path, "src"]),
        typeof img.alt === "string" ? img.alt : undefined,
        img.decorative === true,
      ),
    );
  };
  add(data, []);
  if (Array.isArray(data.images)) data.images.forEach((img, i) => add(img, ["images", i]));
  return out;
}

function markdownRefs(doc: SourceDoc): ImageRef[] {
  const out: ImageRef[] = [];
  for (const { scan, at } of scannedTexts(doc, (text) => text.includes("!["))) {
    for (const link of scan.links) if (link.image) out.push(ref(doc, link.href, at(link), link.alt, false));
  }
  return out;
}

export const imageRefs = (doc: SourceDoc): ImageRef[] => [...figureRefs(doc), ...markdownRefs(doc)];
