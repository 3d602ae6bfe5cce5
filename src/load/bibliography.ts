/**
 * A report's literature: BibTeX (.bib) or CSL-JSON (.json) files anywhere in its
 * folder, read with Citation.js into CSL items keyed by their citation key.
 * A file that cannot be read is a located problem (Citation.js's parser says
 * where); a key given twice keeps its first entry.
 */
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { diagnostic, type Diagnostic } from "../shared/diagnostic.ts";
import { LineIndex } from "./positions.ts";
import { readText } from "./read-text.ts";

export const BIBLIOGRAPHY_FILE = /\.(bib|json)$/i;

export type CslItem = Record<string, unknown> & { id: string };

export interface Bibliography {
  /** Citation key → CSL item, in the order the files list them. */
  items: Map<string, CslItem>;
  files: string[];
}

/** Where Citation.js's BibTeX parser stopped: «… at line 3 col 12: …». */
function parsePosition(message: string): { line: number; column: number } | undefined {
  const m = /at line (\d+) col (\d+)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

function parseFile(text: string, file: string): CslItem[] | Diagnostic {
  try {
    const json = file.toLowerCase().endsWith(".json");
    const data = json ? JSON.parse(text) : text;
    if (json && !Array.isArray(data))
      return diagnostic(file, { line: 1, column: 1 }, "cite/bad-file", {
        reason: 'expected a list: [ { "id": … }, … ]',
      });
    const items = plugins.input.chain(data, {
      forceType: json ? "@csl/list+object" : "@biblatex/text",
      generateGraph: false,
    });
    return items.filter((i): i is CslItem => typeof i.id === "string");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = parsePosition(message) ?? { line: 1, column: 1 };
    // The parser's first line, without the place it names (the report gives it, with the lines around it).
    const reason = message
      .split("\n")[0]!
      .replace(/\s*at line \d+ col \d+:?\s*$/, "")
      .slice(0, 120);
    return { ...diagnostic(file, at, "cite/bad-file", { reason }), frame: new LineIndex(text).frame(at) };
  }
}

export function loadBibliography(
  files: readonly { abs: string; file: string }[],
  problems: Diagnostic[],
): Bibliography | undefined {
  if (files.length === 0) return undefined;
  const items = new Map<string, CslItem>();
  for (const { abs, file } of files) {
    const read = readText(abs, file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseFile(read.text, file);
    if (!Array.isArray(parsed)) {
      problems.push(parsed);
      continue;
    }
    for (const item of parsed) {
      if (items.has(item.id))
        problems.push(diagnostic(file, undefined, "cite/duplicate-key", { key: item.id }, "warning"));
      else items.set(item.id, item);
    }
  }
  return { items, files: files.map((f) => f.file) };
}
