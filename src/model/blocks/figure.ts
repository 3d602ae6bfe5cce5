/** A figure: its number label and its images, each with the file it shows (one `src`, or `images`). */
import { resolveImagePath } from "../../shared/image-path.ts";
import type { KindModel } from "./context.ts";

export const figure: KindModel<"figure"> = (block, { valid, numbering }) => {
  const numberLabel = block.number === false ? undefined : numbering.label("figure");
  const images = block.images ?? (block.src ? [{ src: block.src, alt: block.alt, decorative: block.decorative }] : []);
  const pictures = images.flatMap((i) => {
    const file = resolveImagePath(valid.doc.file, i.src);
    return file ? [{ file, ...(i.alt && { alt: i.alt }), decorative: i.decorative === true }] : [];
  });
  return { ...(numberLabel && { numberLabel }), pictures };
};
