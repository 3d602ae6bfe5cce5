/**
 * A link to «#anker» must lead to a heading or item on the same page. Anchors
 * made from titles exist only once the report is modelled, so this check runs
 * after the model, with the anchors the page will have.
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import type { Diagnostic } from "../diagnostic.ts";
import { closest } from "../did-you-mean.ts";
import { scanMarkdown } from "../markdown-scan.ts";
import { textValues } from "../text-values.ts";
import { allBlocks, type ValidReport } from "../validated.ts";

function anchorLinks(doc: SourceDoc): Array<{ anchor: string; at: ReturnType<SourceDoc["position"]> }> {
  const found: Array<{ anchor: string; at: ReturnType<SourceDoc["position"]> }> = [];
  const inPage = (href: string) => (href.startsWith("#") && href.length > 1 ? decodeAnchor(href.slice(1)) : undefined);
  for (const [text, path] of textValues(doc.data)) {
    if (!text.includes("](#")) continue;
    for (const link of scanMarkdown(text).links) {
      const anchor = inPage(link.href);
      if (anchor) found.push({ anchor, at: doc.positionOf(path, link.href) });
    }
  }
  if (doc.body?.text.includes("](#")) {
    const lines = doc.body.text.split("\n");
    for (const link of scanMarkdown(doc.body.text).links) {
      const anchor = inPage(link.href);
      if (anchor) found.push({ anchor, at: { line: doc.body.line + link.line, column: Math.max(0, (lines[link.line] ?? "").indexOf(link.href)) + 1 } });
    }
  }
  return found;
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

export function checkAnchorLinks(report: ValidReport, anchors: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const docs = [report.metaDoc, ...[...allBlocks(report.blocks)].map((b) => b.doc)];
  for (const doc of docs) {
    for (const { anchor, at } of anchorLinks(doc)) {
      if (anchors.has(anchor)) continue;
      const suggestion = closest(anchor, [...anchors]);
      out.push(doc.problemAt(at, "link/unknown-anchor", { anchor, ...(suggestion && { suggestion }) }));
    }
  }
  return out;
}
