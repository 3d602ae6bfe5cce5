/**
 * Parsed files kept between loads in one process (`serve` rebuilds on every
 * save): a file whose text is as it was is not parsed again. A file is read
 * each time — the text decides, not its time stamp — and files not seen in a
 * load are dropped, so the cache never holds more than the content folder.
 * Between processes, a load may also look in a store on disk (parse-store.ts).
 */
import type { ParseResult } from "./parse-file.ts";
import { SourceDoc } from "./source-doc.ts";
import { textKey, type ParseStore } from "./parse-store.ts";

interface Entry {
  text: string;
  file: string;
  result: ParseResult;
}

const entries = new Map<string, Entry>();
let seen = new Set<string>();
/** The store on disk (parse-store.ts) the current load reads and adds to, if any. */
let store: ParseStore | undefined;

/** A file's parse from the store on disk; its problems are located by parsing it again, if it has any. */
function parseOrStored(file: string, text: string, kind: string, parse: () => ParseResult): ParseResult {
  if (!store) return parse();
  const key = textKey(kind, text);
  const stored = store.get(key);
  if (stored) {
    let again: ParseResult | undefined;
    const locations = () => ((again ??= parse()).ok ? (again as { doc: SourceDoc }).doc.locations() : new Map());
    return { ok: true, doc: new SourceDoc(file, text, stored.data, locations, stored.yamlOffset, stored.body) };
  }
  const result = parse();
  // A key named __proto__ is kept as js-yaml makes it, not as a copy would: such a file is simply parsed each time.
  if (result.ok && !text.includes("__proto__")) {
    const { data, yamlOffset, body } = result.doc;
    store.set(key, { data, yamlOffset, ...(body && { body }) });
  }
  return result;
}

/** The parse of `text` at `abs`, from the last load when the text (and its display path) is the same. */
export function cachedParse(abs: string, file: string, text: string, parse: () => ParseResult): ParseResult {
  seen.add(abs);
  const hit = entries.get(abs);
  if (hit && hit.text === text && hit.file === file) return hit.result;
  const result = parseOrStored(file, text, /\.md$/i.test(abs) ? "md" : "yaml", parse);
  entries.set(abs, { text, file, result });
  return result;
}

/**
 * Starts a load: what the last one did not see again is forgotten when this one ends. With a store,
 * files are looked up in it first, and it is written when the load ends.
 */
export function beginLoad(withStore?: ParseStore): () => void {
  seen = new Set();
  store = withStore;
  return () => {
    for (const abs of entries.keys()) if (!seen.has(abs)) entries.delete(abs);
    store?.save();
    store = undefined;
  };
}

/** Forgets every parse kept in this process: for tests that must see a load read the store on disk. */
export function forgetParses(): void {
  entries.clear();
}
