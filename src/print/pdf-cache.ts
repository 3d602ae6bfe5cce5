/**
 * Printed PDFs kept by a key of everything that decides their bytes: the
 * report's print page, every stylesheet and script it loads, the browser's
 * version, the print code and a format version. A report whose content, layouts
 * and styles have not changed is copied, not printed again.
 *
 * An entry is the PDF and its facts (pages, size, SHA-256 of the bytes),
 * each written whole under a temporary name and renamed. An entry that does
 * not verify — a PDF cut short by a crash or a full disk, facts that do not
 * parse, one half missing — is removed and reported (`onDamaged`), and the
 * report is printed again: a damaged cache is never published, and never
 * stops a build.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { CacheDamage } from "../shared/cache-damage.ts";
import { sha256 } from "../shared/sha256.ts";
import { writeFileAtomic } from "../shared/write-file.ts";

/** Bump to throw away every cached PDF (the print code itself is part of the key already). 3: facts carry a hash. */
export const PRINT_FORMAT_VERSION = "3";

export interface CachedPdf {
  pages: number;
  bytes: number;
}

interface StoredFacts extends CachedPdf {
  sha256: string;
}

export const cacheKey = (parts: ReadonlyArray<string | Uint8Array>): string => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("hex");
};

const isFacts = (v: unknown): v is StoredFacts => {
  const f = v as Partial<StoredFacts> | null;
  return (
    typeof f === "object" &&
    f !== null &&
    Number.isInteger(f.pages) &&
    Number.isInteger(f.bytes) &&
    typeof f.sha256 === "string"
  );
};

export class PdfCache {
  constructor(
    private readonly dir: string,
    private readonly onDamaged: (damage: CacheDamage) => void = () => {},
    /** false: `--no-cache`, every report printed anew (and stored again). */
    private readonly read = true,
  ) {}

  /** The cached PDF's bytes and facts, verified, or undefined on a miss (a damaged entry is a miss). */
  restore(key: string): { pdf: Buffer; facts: CachedPdf } | undefined {
    if (!this.read) return undefined;
    const pdf = join(this.dir, `${key}.pdf`);
    const meta = join(this.dir, `${key}.json`);
    const has = { pdf: existsSync(pdf), meta: existsSync(meta) };
    if (!has.pdf && !has.meta) return undefined;
    const drop = (reason: CacheDamage["reason"]) => {
      for (const f of [pdf, meta]) rmSync(f, { force: true });
      this.onDamaged({ file: has.pdf ? pdf : meta, reason });
      return undefined;
    };
    if (!has.pdf || !has.meta) return drop("incomplete");
    let facts: unknown;
    let bytes: Buffer;
    try {
      facts = JSON.parse(readFileSync(meta, "utf8"));
      bytes = readFileSync(pdf);
    } catch {
      return drop("unreadable");
    }
    if (!isFacts(facts)) return drop("unreadable");
    if (bytes.length !== facts.bytes || sha256(bytes) !== facts.sha256) return drop("checksum");
    return { pdf: bytes, facts: { pages: facts.pages, bytes: facts.bytes } };
  }

  /** Keeps a printed PDF. A cache that cannot be written only makes the next build slower. */
  store(key: string, pdf: Uint8Array, facts: CachedPdf): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileAtomic(join(this.dir, `${key}.pdf`), pdf);
      writeFileAtomic(join(this.dir, `${key}.json`), JSON.stringify({ ...facts, sha256: sha256(pdf) }));
    } catch {
      rmSync(join(this.dir, `${key}.pdf`), { force: true });
    }
  }
}
