/**
 * Old key names, read as their new ones. Before a document meets its schema,
 * every key the deprecation table lists is renamed (or, when it is gone,
 * dropped) in a copy of the data, so content written for an earlier samling
 * still validates; each one found is a warning that carries its own fix — the
 * edit of the file's text that `samling check --fix` makes: the key's name
 * alone, or the lines of a removed key, so comments, order and layout stay.
 */
import type { SourceDoc } from "../load/source-doc.ts";
import { pathKey, type YamlPath } from "../load/yaml.ts";
import { DEPRECATIONS, type Deprecation, type DeprecationFile } from "../schema/deprecations.ts";
import type { Diagnostic } from "../shared/diagnostic.ts";
import type { TextEdit } from "../shared/text-edits.ts";

type Mapping = Record<string, unknown>;

const isMapping = (v: unknown): v is Mapping => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every mapping at `under` (with "*" for each item of a list), and its path. */
function* holders(value: unknown, under: readonly string[], path: YamlPath = []): Generator<[YamlPath, Mapping]> {
  if (under.length === 0) {
    if (isMapping(value)) yield [path, value];
    return;
  }
  const [step, ...rest] = under as [string, ...string[]];
  if (step === "*") {
    if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* holders(item, rest, [...path, i]);
  } else if (isMapping(value) && step in value) yield* holders(value[step], rest, [...path, step]);
}

/** The same mapping with `key` renamed in its place, or left out. */
function withoutOldKey(map: Mapping, key: string, renamedTo: string | undefined): Mapping {
  const out: Mapping = {};
  for (const [k, v] of Object.entries(map)) {
    if (k !== key) out[k] = v;
    else if (renamedTo !== undefined) out[renamedTo] = v;
  }
  return out;
}

/** Offset of the key's name in the file, past an opening quote; undefined when it is not written plainly. */
function keyOffset(doc: SourceDoc, path: YamlPath, key: string): number | undefined {
  const hit = doc.locations().get(pathKey(path));
  if (!hit) return undefined;
  const at = doc.yamlOffset + hit.key;
  for (const quote of ["", '"', "'"]) {
    const start = at + quote.length;
    if (
      doc.text.startsWith(`${quote}${key}${quote}`, at) &&
      (quote || !/[\w-]/.test(doc.text[start + key.length] ?? ""))
    )
      return start;
  }
  return undefined;
}

/** The key's own lines: its line, and the lines below indented deeper (its value). Only a key that begins its line. */
function keyLines(text: string, at: number): TextEdit | undefined {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (text.slice(lineStart, at).trim() !== "") return undefined; // `- key:` or `{ key: … }`: left to the writer
  const column = at - lineStart;
  let end = text.indexOf("\n", at);
  end = end < 0 ? text.length : end + 1;
  for (let next = end; next < text.length;) {
    const lineEnd = text.indexOf("\n", next);
    const line = text.slice(next, lineEnd < 0 ? text.length : lineEnd);
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== "" && indent <= column) break;
    next = lineEnd < 0 ? text.length : lineEnd + 1;
    if (line.trim() !== "") end = next; // blank lines count only when the value goes on below them
  }
  return { start: lineStart, end, text: "" };
}

function fixFor(doc: SourceDoc, path: YamlPath, d: Deprecation): TextEdit | undefined {
  const at = keyOffset(doc, path, d.key);
  if (at === undefined) return undefined;
  return d.renamedTo !== undefined ? { start: at, end: at + d.key.length, text: d.renamedTo } : keyLines(doc.text, at);
}

/**
 * `data` with every deprecated key read as its replacement, and a problem for
 * each: a warning with its fix, or an error when old and new name are both there.
 * `file` "block" means the table's entries for the block's own kind.
 */
export function readDeprecatedKeys(
  doc: SourceDoc,
  data: unknown,
  file: DeprecationFile | "block",
  table: readonly Deprecation[] = DEPRECATIONS,
): { data: unknown; problems: Diagnostic[] } {
  const kind = isMapping(data) ? data.kind : undefined;
  const wanted = file === "block" ? (typeof kind === "string" ? `block:${kind}` : undefined) : file;
  const relevant = table.filter((d) => d.file === wanted);
  const problems: Diagnostic[] = [];
  if (relevant.length === 0) return { data, problems };
  let result: unknown = structuredClone(data);
  for (const d of relevant) {
    for (const [path, map] of [...holders(result, d.under)]) {
      if (!(d.key in map)) continue;
      const at = [...path, d.key];
      const params = { key: d.key, replacement: d.renamedTo ?? "", since: d.since, until: d.until };
      if (d.renamedTo !== undefined && d.renamedTo in map) {
        problems.push(doc.problem(at, "schema/deprecated-key-conflict", params, "key"));
        result = replaceAt(result, path, withoutOldKey(map, d.key, undefined)); // one report, not an unknown key too
        continue;
      }
      const fix = fixFor(doc, at, d);
      problems.push({ ...doc.problem(at, "schema/deprecated-key", params, "key"), ...(fix && { fix }) });
      const replaced = withoutOldKey(map, d.key, d.renamedTo);
      result = replaceAt(result, path, replaced);
    }
  }
  return { data: result, problems };
}

/** `root` with the value at `path` replaced (the copy is ours to change). */
function replaceAt(root: unknown, path: YamlPath, value: unknown): unknown {
  if (path.length === 0) return value;
  let parent = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return root;
}
