/**
 * Images must be there, be images a browser and a PDF can show, be of a sane
 * size, and say what they show. An image in a report's folder that nothing
 * shows is probably a forgotten figure: a warning.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { extname } from "node:path";
import { imageSize } from "image-size";
import { MAX_IMAGE_PIXELS } from "../../shared/limits.ts";
import { IMAGE_FILE } from "../../load/load-content.ts";
import type { SourceDoc } from "../../load/source-doc.ts";
import { diagnostic, type Diagnostic } from "../../shared/diagnostic.ts";
import { imageRefs, type ImageRef } from "../image-refs.ts";
import { allBlocks, type CheckedReport } from "../validated.ts";

/** Larger than any photo a report needs; the build makes smaller copies anyway. */
export const MAX_IMAGE_BYTES = 20_000_000;

/** Width and height from the image's header (read without decoding; the media stage holds sharp to MAX_IMAGE_PIXELS too), or undefined when the header is not where image-size looks. */
function headerSize(file: string): { width: number; height: number } | undefined {
  try {
    const { width, height } = imageSize(file);
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined; // a header past the first 512 kB (large EXIF): sharp's own bound holds
  }
}

/** What an SVG must not hold: it would run on the site's own address when opened. */
const SVG_ACTIVE = /<script\b|\son[a-z]+\s*=|javascript:|<foreignObject\b|<iframe\b|<embed\b|<object\b/i;

function svgText(file: string): string {
  const fd = openSync(file, "r");
  try {
    const bytes = Buffer.alloc(Math.min(statSync(file).size, MAX_IMAGE_BYTES));
    readSync(fd, bytes, 0, bytes.length, 0);
    return bytes.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * A draft may still lack an image's alt text (an imported Word document often does): a warning
 * until the report is published, when it is an error. Never filled in for the writer.
 */
function checkRef(doc: SourceDoc, ref: ImageRef, draft: boolean): Diagnostic[] {
  const problem = (rule: Parameters<SourceDoc["problemAt"]>[1], params = {}, severity?: "warning") => [
    doc.problemAt(ref.at, rule, { src: ref.src, ...params }, severity),
  ];
  if (ref.file === undefined) return problem("image/remote");
  if (!IMAGE_FILE.test(ref.file)) return problem("image/format", { ext: extname(ref.file) || ref.src });
  let size: number;
  try {
    const stat = statSync(ref.file);
    if (!stat.isFile()) return problem("image/missing");
    size = stat.size;
  } catch {
    return problem("image/missing");
  }
  if (size > MAX_IMAGE_BYTES)
    return problem("image/too-large", { size: Math.round(size / 1_000_000), limit: MAX_IMAGE_BYTES / 1_000_000 });
  if (/\.svg$/i.test(ref.file) && SVG_ACTIVE.test(svgText(ref.file))) return problem("image/svg-active");
  const pixels = /\.svg$/i.test(ref.file) ? undefined : headerSize(ref.file);
  if (pixels && pixels.width * pixels.height > MAX_IMAGE_PIXELS)
    return problem("image/too-many-pixels", {
      width: pixels.width,
      height: pixels.height,
      limit: MAX_IMAGE_PIXELS / 1_000_000,
    });
  if (!ref.alt && !ref.decorative) return problem("image/no-alt", {}, draft ? "warning" : undefined);
  return [];
}

/** Each image every block of a report refers to, and the report's images nothing refers to. */
export function checkImages(report: Pick<CheckedReport, "blocks" | "media" | "draft">): Diagnostic[] {
  const out: Diagnostic[] = [];
  const used = new Set<string>();
  for (const { block, doc } of allBlocks(report.blocks)) {
    if (block.kind === "figure" && !block.src && !block.images)
      out.push(doc.problem([], "schema/required", { key: "src", where: "" }, "key"));
    if (block.kind === "figure" && block.src && block.images)
      out.push(
        doc.problem(
          ["images"],
          "schema/invalid",
          { key: "images", detail: "Bruk enten «src» (ett bilde) eller «images» (flere), ikke begge." },
          "key",
        ),
      );
    for (const ref of imageRefs(doc)) {
      if (ref.file) used.add(ref.file);
      out.push(...checkRef(doc, ref, report.draft === true));
    }
  }
  for (const file of report.media) if (!used.has(file)) out.push(diagnostic(file, undefined, "image/unused"));
  return out;
}
