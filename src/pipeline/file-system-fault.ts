/**
 * A failure of the file system under the build — a full disk, an I/O error,
 * no permission, a read-only disk — found in whatever error reached the build:
 * samling's own WriteFailure (shared/write-file.ts), a Node error with its
 * code, one Eleventy wrapped, or Pagefind's words about it. The build says it
 * in the writer's language, naming the file when it is known.
 */
import { WriteFailure } from "../shared/write-file.ts";

export type FaultCode = "ENOSPC" | "EIO" | "EACCES" | "EPERM" | "EROFS" | "EDQUOT";

export interface FileSystemFault {
  code: FaultCode;
  file?: string;
  /** What the write that failed needed, when it was samling's own. */
  bytes?: number;
}

const CODES: readonly FaultCode[] = ["ENOSPC", "EIO", "EACCES", "EPERM", "EROFS", "EDQUOT"];

/** How the errno names are written in messages by tools that give no code (Pagefind, Chromium). */
const WORDS: Array<[RegExp, FaultCode]> = [
  [/no space left on device|ENOSPC/i, "ENOSPC"],
  [/disk quota exceeded|EDQUOT/i, "EDQUOT"],
  [/read-only file system|EROFS/i, "EROFS"],
  [/input\/output error|\bEIO\b/i, "EIO"],
  [/permission denied|EACCES/i, "EACCES"],
];

export function fileSystemFault(error: unknown): FileSystemFault | undefined {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && !seen.has(e);) {
    seen.add(e);
    if (e instanceof WriteFailure && CODES.includes(e.code as FaultCode))
      return { code: e.code as FaultCode, file: e.file, bytes: e.bytes };
    const node = e as NodeJS.ErrnoException & { originalError?: unknown };
    if (node.code && CODES.includes(node.code as FaultCode))
      return { code: node.code as FaultCode, ...(node.path && { file: node.path }) };
    e = node.originalError ?? node.cause;
  }
  const text = error instanceof Error ? error.message : String(error);
  const named = WORDS.find(([words]) => words.test(text));
  return named ? { code: named[1] } : undefined;
}
