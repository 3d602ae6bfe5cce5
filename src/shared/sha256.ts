/** The SHA-256 of some bytes, as hex: what each cache entry carries to be checked against (PDFs, images). */
import { createHash } from "node:crypto";

export const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");
