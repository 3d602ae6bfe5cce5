/**
 * Nothing from a template gets published: a text the report's shape wrote as
 * an example (validate/template-examples.ts), still standing where the shape
 * put it, is an error in a published report. In a draft it is a reminder at
 * the same line, which --strict leaves a warning: a draft is never published,
 * and the reminder turns into an error the day it is.
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import type { Diagnostic } from "../../shared/diagnostic.ts";
import { isTemplateExample } from "../template-examples.ts";
import { textValues } from "../text-values.ts";
import { allBlocks, type CheckedReport } from "../validated.ts";

/** The key a text stands at: its field's name, or, in a list, the list's. */
export const keyOf = (path: readonly (string | number)[]): string | undefined =>
  [...path].reverse().find((p): p is string => typeof p === "string");

function examplesIn(doc: SourceDoc, draft: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const severity = draft ? "warning" : "error";
  const found = (at: ReturnType<SourceDoc["position"]>, value: string) => {
    const d = doc.problemAt(at, "template/example-text", { value }, severity);
    out.push(draft ? { ...d, draft: true } : d);
  };
  for (const [text, path] of textValues(doc.data)) {
    const key = keyOf(path);
    if (key && isTemplateExample(key, text)) found(doc.position(path), text);
  }
  for (const [i, line] of (doc.body?.text.split("\n") ?? []).entries()) {
    if (isTemplateExample("body", line))
      found({ line: doc.body!.line + i, column: line.search(/\S/) + 1 }, line.trim());
  }
  return out;
}

export function checkTemplateText(report: Pick<CheckedReport, "metaDoc" | "blocks" | "draft">): Diagnostic[] {
  const draft = report.draft === true;
  return [report.metaDoc, ...[...allBlocks(report.blocks)].map((b) => b.doc)].flatMap((doc) => examplesIn(doc, draft));
}
