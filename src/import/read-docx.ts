/**
 * Reads a Word document (.docx) for `samling import`: mammoth turns its
 * styles into semantic HTML (headings, lists, tables with their spans, notes,
 * images with their alt text); the document's own properties (title, author,
 * company) come from docProps/ through JSZip, which mammoth reads .docx with.
 * Anything that is not a readable .docx is a one-line reason, never a throw.
 */
import { readFileSync, statSync } from "node:fs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { cliMessages, type CliLang, type CliMessages } from "../shared/cli-messages/index.ts";
import { checkZip, ZIP_LIMITS } from "./zip-directory.ts";

/** Word templates in Norwegian name their styles in Norwegian; mammoth knows only the English names. */
export const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='Overskrift ${n}'] => h${n}:fresh`,
    `p[style-name='heading ${n}'] => h${n}:fresh`,
  ]),
  "p[style-name='Title'] => p.doc-title:fresh",
  "p[style-name='Tittel'] => p.doc-title:fresh",
  "p[style-name='Subtitle'] => p.doc-subtitle:fresh",
  "p[style-name='Undertittel'] => p.doc-subtitle:fresh",
  ...["Quote", "Intense Quote", "Sitat", "Sterkt sitat"].map((s) => `p[style-name='${s}'] => blockquote > p:fresh`),
  ...["Caption", "Bildetekst", "Beskrivelse"].map((s) => `p[style-name='${s}'] => p.caption:fresh`),
];

export interface DocxImage {
  /** The file name it will have in the report's folder. */
  name: string;
  data: Buffer;
  alt?: string;
}

export interface ReadDocx {
  html: string;
  images: DocxImage[];
  properties: { title?: string; creator?: string; company?: string; created?: string; lang?: "nb" | "nn" | "en" };
  /** Style names in the document that nothing maps: the writer may want to know why text came out plain. */
  unknownStyles: string[];
}

export type ReadResult = { ok: true; doc: ReadDocx } | { ok: false; reason: string };

/** Larger than any report with its photos; beyond it a file is more likely a mistake. */
export const MAX_DOCX_BYTES = 200_000_000;

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/svg+xml": "svg",
  "image/tiff": "tif",
  "image/bmp": "bmp",
  "image/x-emf": "emf",
  "image/x-wmf": "wmf",
};

const tag = (xml: string, name: string): string | undefined => {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  const text = m?.[1]
    ?.replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .trim();
  return text || undefined;
};

async function properties(zip: JSZip): Promise<ReadDocx["properties"]> {
  const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
  const app = (await zip.file("docProps/app.xml")?.async("string")) ?? "";
  const title = tag(core, "dc:title");
  const creator = tag(core, "dc:creator");
  const company = tag(app, "Company");
  const created = tag(core, "dcterms:created")?.slice(0, 10);
  // The document's own language: Word writes it as the default for its text in styles.xml.
  const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
  const code = /<w:docDefaults>[\s\S]*?<w:lang\b[^>]*\bw:val="([^"]+)"/.exec(styles)?.[1]?.toLowerCase() ?? "";
  const lang = code.startsWith("en") ? "en" : code.startsWith("nn") ? "nn" : code ? "nb" : undefined;
  return {
    ...(title && { title }),
    ...(creator && { creator }),
    ...(company && { company }),
    ...(created && { created }),
    ...(lang && { lang }),
  };
}

type Reasons = CliMessages["import"]["reasons"];

/** Why a file cannot be read as .docx, from its first bytes: a zip is a .docx, an OLE file is an old .doc or an encrypted .docx. */
function notDocx(bytes: Buffer, why: Reasons): string | undefined {
  if (bytes.length === 0) return why.empty;
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return why.oldOrEncrypted;
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return why.notWord;
  return undefined;
}

const megabytes = (bytes: number): number => Math.max(1, Math.round(bytes / 1_000_000));

/** Why the zip must not be unpacked, read from its directory before anything is inflated (import/zip-directory.ts). */
function outOfBounds(bytes: Buffer, why: Reasons): string | undefined {
  const verdict = checkZip(bytes);
  if (verdict.ok) return undefined;
  if (verdict.why === "damaged") return why.damaged;
  if (verdict.why === "entries") return why.tooManyEntries(verdict.count, ZIP_LIMITS.entries);
  if (verdict.why === "total") return why.unpacksTooLarge(megabytes(verdict.unpacked), megabytes(ZIP_LIMITS.total));
  return why.bomb(verdict.entry.name, verdict.entry.unpacked, verdict.entry.packed);
}

/** `lang`: the language of the reason when the file cannot be read (default bokmål). */
export async function readDocx(path: string, lang: CliLang = "nb"): Promise<ReadResult> {
  const why = cliMessages(lang).import.reasons;
  let bytes: Buffer;
  try {
    if (!/\.docx$/i.test(path)) return { ok: false, reason: why.notDocxName };
    const size = statSync(path).size;
    if (size > MAX_DOCX_BYTES)
      return { ok: false, reason: why.tooLarge(Math.round(size / 1_000_000), MAX_DOCX_BYTES / 1_000_000) };
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? why.notFound : code === "EISDIR" ? why.isFolder : why.unreadable };
  }
  const wrong = notDocx(bytes, why) ?? outOfBounds(bytes, why);
  if (wrong) return { ok: false, reason: wrong };
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (!zip.file("word/document.xml")) return { ok: false, reason: why.zipNotWord };
    const images: DocxImage[] = [];
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(async (image) => {
          const ext = EXTENSIONS[image.contentType] ?? "bin";
          const name = `bilde-${images.length + 1}.${ext}`;
          const alt = (image as { altText?: string }).altText?.trim();
          images.push({ name, data: Buffer.from(await image.readAsBuffer()), ...(alt && { alt }) });
          return { src: name };
        }),
      },
    );
    const unknownStyles = [
      ...new Set(
        result.messages.flatMap((m) => /^Unrecognised (?:paragraph|run) style: '([^']+)'/.exec(m.message)?.[1] ?? []),
      ),
    ].sort();
    return { ok: true, doc: { html: result.value, images, properties: await properties(zip), unknownStyles } };
  } catch {
    return { ok: false, reason: why.damaged };
  }
}
