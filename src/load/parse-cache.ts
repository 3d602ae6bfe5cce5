/**
 * Parsed files kept between loads in one process (`serve` rebuilds on every
 * save): a file whose text is as it was is not parsed again. A file is read
 * each time — the text decides, not its time stamp — and files not seen in a
 * load are dropped, so the cache never holds more than the content folder.
 */
import type { ParseResult } from "./parse-file.ts";

interface Entry {
  text: string;
  file: string;
  result: ParseResult;
}

const entries = new Map<string, Entry>();
let seen = new Set<string>();

/** The parse of `text` at `abs`, from the last load when the text (and its display path) is the same. */
export function cachedParse(abs: string, file: string, text: string, parse: () => ParseResult): ParseResult {
  seen.add(abs);
  const hit = entries.get(abs);
  if (hit && hit.text === text && hit.file === file) return hit.result;
  const result = parse();
  entries.set(abs, { text, file, result });
  return result;
}

/** Starts a load: what the last one did not see again is forgotten when this one ends. */
export function beginLoad(): () => void {
  seen = new Set();
  return () => {
    for (const abs of entries.keys()) if (!seen.has(abs)) entries.delete(abs);
  };
}
