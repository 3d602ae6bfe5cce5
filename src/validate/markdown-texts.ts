/**
 * Every Markdown text of a file — each YAML value and the body — scanned once,
 * with a way to place what the scan found at its line and column in the file.
 * The checks that read Markdown (links, raw HTML, tables, images, anchors) all
 * walk a file this way.
 */
import type { SourceDoc } from "../load/source-doc.ts";
import type { Position } from "../shared/diagnostic.ts";
import { scanMarkdown, type Found, type MarkdownScan } from "./markdown-scan.ts";
import { textValues } from "./text-values.ts";
import type { YamlPath } from "../load/yaml.ts";

export interface ScannedText {
  scan: MarkdownScan;
  at: (found: Found) => Position;
}

/** A file's texts, walked once: several checks read them. */
const textsOf = new WeakMap<SourceDoc, Array<[string, YamlPath]>>();
const docTexts = (doc: SourceDoc): Array<[string, YamlPath]> =>
  textsOf.get(doc) ?? textsOf.set(doc, [...textValues(doc.data)]).get(doc)!;

/** `worth` skips texts that cannot hold what the caller looks for, before any parse. */
export function* scannedTexts(doc: SourceDoc, worth: (text: string) => boolean = () => true): Generator<ScannedText> {
  for (const [text, path] of docTexts(doc)) {
    if (worth(text)) yield { scan: scanMarkdown(text), at: (f) => doc.positionOf(path, f.needle) };
  }
  if (doc.body && worth(doc.body.text)) {
    const { line: first, text } = doc.body;
    const lines = text.split("\n");
    yield {
      scan: scanMarkdown(text),
      at: (f) => ({ line: first + f.line, column: Math.max(0, (lines[f.line] ?? "").indexOf(f.needle)) + 1 }),
    };
  }
}
