/**
 * Reads a content file as text, turning every way a file can be unusable
 * (missing, too big, binary, not UTF-8, empty) into a diagnostic instead of an
 * exception. Strips a UTF-8 BOM and normalises CRLF/CR to LF so positions are
 * the same on every platform.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { diagnostic, type Diagnostic } from "../shared/diagnostic.ts";

/** Content files are hand-written text; anything larger is a mistake, not a report. */
export const MAX_CONTENT_BYTES = 1_000_000;

export type ReadResult = { ok: true; text: string } | { ok: false; problem: Diagnostic };

const decoder = new TextDecoder("utf-8", { fatal: true });

export function readText(absPath: string, displayPath: string): ReadResult {
  const fail = (rule: Parameters<typeof diagnostic>[2], params = {}) =>
    ({ ok: false, problem: diagnostic(displayPath, undefined, rule, params) }) as const;
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // One open, one fstat, one read: the size is checked before anything is read.
    fd = openSync(absPath, "r");
    const size = fstatSync(fd).size;
    if (size > MAX_CONTENT_BYTES) return fail("file/too-large", { size, limit: MAX_CONTENT_BYTES });
    bytes = Buffer.allocUnsafe(size);
    const read = readSync(fd, bytes, 0, size, 0);
    bytes = bytes.subarray(0, read);
  } catch (error) {
    return fail("file/unreadable", { reason: (error as NodeJS.ErrnoException).code ?? "unknown" });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (bytes.includes(0)) return fail("file/binary");
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return fail("file/encoding");
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail("file/empty");
  return { ok: true, text };
}
