/**
 * Prints diagnostics the way compilers do:
 *   content/reports/x/report.yaml:14:7  error  total 87 ≠ sum of roles 88  participants/total
 *     <code frame>
 *     → hint
 */
import type { Diagnostic } from "../shared/diagnostic.ts";
import { catalogues, type MessageLang } from "./messages/index.ts";

export function describe(d: Diagnostic, lang: MessageLang = "nb"): { message: string; hint: string } {
  const text = catalogues[lang].rules[d.rule];
  return { message: text.message(d.params), hint: text.hint(d.params) };
}

export function formatDiagnostic(d: Diagnostic, lang: MessageLang = "nb"): string {
  const { words } = catalogues[lang];
  const { message, hint } = describe(d, lang);
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const lines = [`${where}  ${words[d.severity]}  ${message}  ${d.rule}`];
  if (d.frame) lines.push(d.frame.replace(/^/gm, "    "));
  lines.push(`    → ${hint}`);
  return lines.join("\n");
}

/** Every problem, then a line that counts them; a check with none says what it read, when told (`counts`). */
export function formatReport(
  list: readonly Diagnostic[],
  lang: MessageLang = "nb",
  counts?: { reports: number; solutions: number; files: number },
): string {
  const { words } = catalogues[lang];
  if (list.length === 0 && counts) return `${words.clean(counts)}\n`;
  const errors = list.filter((d) => d.severity === "error").length;
  const files = new Set(list.map((d) => d.file)).size;
  const body = list.map((d) => formatDiagnostic(d, lang)).join("\n\n");
  return `${body}${body ? "\n\n" : ""}${words.summary(errors, list.length - errors, files)}\n`;
}
