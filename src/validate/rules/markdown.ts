/**
 * Markdown that would not come out as written, found in every text of a file
 * (YAML values and Markdown bodies), whether or not the file passed its schema:
 * links with a script-bearing scheme (refused), links and images to a file
 * beside the content that does not exist, raw HTML (shown as text) and table
 * rows with more cells than their header (the extra cells are dropped).
 * Images have rules of their own (rules/images.ts).
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { SourceDoc } from "../../load/source-doc.ts";
import type { Diagnostic } from "../../shared/diagnostic.ts";
import { scannedTexts, type ScannedText } from "../markdown-texts.ts";
import { unsafeScheme } from "../../shared/url-safety.ts";

/** A target inside the content folder: not a web address, not a site path, not an anchor. */
const isLocalFile = (href: string): boolean => href !== "" && !/^([a-z][\w+.-]*:|\/|#|\?)/i.test(href);

function localPath(href: string): string {
  const path = href.replace(/[?#].*$/, "");
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function checkScan(doc: SourceDoc, { scan, at }: ScannedText): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const link of scan.links) {
    const scheme = unsafeScheme(link.href);
    if (scheme) out.push(doc.problemAt(at(link), "link/unsafe-scheme", { url: link.href, scheme }));
    else if (!link.image && isLocalFile(link.href) && !existsSync(resolve(dirname(doc.file), localPath(link.href)))) {
      out.push(doc.problemAt(at(link), "link/missing-file", { url: link.href, dir: dirname(doc.file) }));
    }
  }
  for (const html of scan.html)
    out.push(doc.problemAt(at(html), "markdown/raw-html", { html: html.needle.slice(0, 60) }));
  for (const row of scan.rows)
    out.push(doc.problemAt(at(row), "markdown/table-cells", { cells: row.cells, header: row.header }));
  return out;
}

export function checkMarkdown(doc: SourceDoc): Diagnostic[] {
  return [...scannedTexts(doc)].flatMap((text) => checkScan(doc, text));
}
