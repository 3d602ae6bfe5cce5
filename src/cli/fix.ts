/**
 * `samling check --fix`: makes in the content files the edits that problems
 * carry (an old key's new name, a removed key's lines) and nothing else. A
 * file is read as it is on disk, edited at the offsets the check found (mapped
 * past its BOM and CRLFs), written whole to a temporary name beside it and
 * renamed over it — a file is either as it was or wholly fixed.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { rawOffsets } from "../load/raw-offsets.ts";
import type { Diagnostic } from "../shared/diagnostic.ts";
import { applyTextEdits } from "../shared/text-edits.ts";

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
    const temporary = join(dirname(abs), `.${basename(abs)}.fix-${process.pid}`);
    try {
      const raw = readFileSync(abs, "utf8");
      const map = rawOffsets(raw);
      const edits = fixes.map(({ fix }) => ({ start: map[fix!.start]!, end: map[fix!.end]!, text: fix!.text }));
      const edited = applyTextEdits(raw, edits);
      if (!edited.ok) throw Object.assign(new Error("overlap"), { code: "overlapping edits" });
      writeFileSync(temporary, edited.text, { mode: statSync(abs).mode });
      renameSync(temporary, abs);
    } catch (error) {
      rmSync(temporary, { force: true });
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
