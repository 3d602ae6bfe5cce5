/**
 * Printed PDFs kept by a key of everything that decides their bytes: the
 * report's print page, every stylesheet and script it loads, the browser's
 * version, the print code and a format version. A report whose content, layouts
 * and styles have not changed is copied, not printed again.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Bump to throw away every cached PDF (the print code itself is part of the key already). */
export const PRINT_FORMAT_VERSION = "2";

export interface CachedPdf {
  pages: number;
  bytes: number;
}

export const cacheKey = (parts: ReadonlyArray<string | Uint8Array>): string => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("hex");
};

export class PdfCache {
  constructor(private readonly dir: string) {}

  /** Copies the cached PDF to `target` and returns its facts, or undefined on a miss. */
  restore(key: string, target: string): CachedPdf | undefined {
    const pdf = join(this.dir, `${key}.pdf`);
    const meta = join(this.dir, `${key}.json`);
    if (!existsSync(pdf) || !existsSync(meta)) return undefined;
    copyFileSync(pdf, target);
    return JSON.parse(readFileSync(meta, "utf8")) as CachedPdf;
  }

  store(key: string, pdf: Uint8Array, facts: CachedPdf): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${key}.pdf`), pdf);
    writeFileSync(join(this.dir, `${key}.json`), JSON.stringify(facts));
  }
}
