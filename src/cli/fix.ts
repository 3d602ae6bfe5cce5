/**
 * `samling check --fix`: makes in the content files the edits that problems
 * carry (an old key's new name, a removed key's lines) and nothing else. A
 * file is read as it is on disk, edited at the offsets the check found (mapped
 * past its BOM and CRLFs), and written whole by shared/write-file.ts (a
 * temporary name, renamed) — a file is either as it was or wholly fixed.
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { rawOffsets } from "../load/raw-offsets.ts";
import type { Diagnostic } from "../shared/diagnostic.ts";
import { applyTextEdits } from "../shared/text-edits.ts";
import { writeFileAtomic } from "../shared/write-file.ts";

/** One change made: where, and the key it was about (its new name, or none when removed). */
export interface FixMade {
  at: string;
  key: string;
  renamedTo?: string;
}

export interface FixResult {
  made: FixMade[];
  files: number;
  /** Files left as they were, with the reason. */
  failed: { file: string; reason: string }[];
}

export function applyFixes(diagnostics: readonly Diagnostic[]): FixResult {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) if (d.fix) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const result: FixResult = { made: [], files: 0, failed: [] };
  for (const [file, fixes] of byFile) {
    const abs = resolve(file);
    try {
      const raw = readFileSync(abs, "utf8");
      const map = rawOffsets(raw);
      const edits = fixes.map(({ fix }) => ({ start: map[fix!.start]!, end: map[fix!.end]!, text: fix!.text }));
      const edited = applyTextEdits(raw, edits);
      if (!edited.ok) {
        result.failed.push({ file, reason: "overlapping edits" });
        continue;
      }
      writeFileAtomic(abs, edited.text, statSync(abs).mode);
    } catch (error) {
      result.failed.push({ file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
      continue;
    }
    result.files++;
    for (const d of fixes) {
      const renamedTo = d.fix!.text || undefined;
      result.made.push({
        at: `${d.file}:${d.line}:${d.column}`,
        key: String(d.params.key),
        ...(renamedTo && { renamedTo }),
      });
    }
  }
  return result;
}
