/**
 * A link to «#anker» must lead to a heading or item on the same page. Anchors
 * made from titles exist only once the report is modelled, so this check runs
 * after the model, with the anchors the page will have.
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import type { Diagnostic, Position } from "../../shared/diagnostic.ts";
import { closest } from "../did-you-mean.ts";
import { scannedTexts } from "../markdown-texts.ts";
import { allBlocks, type ValidReport } from "../validated.ts";

function anchorLinks(doc: SourceDoc): Array<{ anchor: string; at: Position }> {
  const found: Array<{ anchor: string; at: Position }> = [];
  for (const { scan, at } of scannedTexts(doc, (text) => text.includes("](#"))) {
    for (const link of scan.links) {
      if (link.href.startsWith("#") && link.href.length > 1)
        found.push({ anchor: decodeAnchor(link.href.slice(1)), at: at(link) });
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
