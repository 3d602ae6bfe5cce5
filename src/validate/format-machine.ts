/**
 * Diagnostics for tools: JSON for scripts and editors, and GitHub Actions
 * workflow commands, which GitHub shows as annotations on the changed lines.
 */
import type { Diagnostic } from "../shared/diagnostic.ts";
import { describe } from "./format-report.ts";
import type { MessageLang } from "./messages/index.ts";

export type ReportFormat = "text" | "json" | "github";

export function formatJson(list: readonly Diagnostic[], lang: MessageLang): string {
  const diagnostics = list.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    rule: d.rule,
    ...describe(d, lang),
  }));
  const errors = list.filter((d) => d.severity === "error").length;
  return `${JSON.stringify({ errors, warnings: list.length - errors, diagnostics }, null, 2)}\n`;
}

/** GitHub's escaping: message data escapes %, CR and LF; property values also : and ,. */
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function formatGithub(list: readonly Diagnostic[], lang: MessageLang): string {
  return list
    .map((d) => {
      const { message, hint } = describe(d, lang);
      const where = [
        `file=${property(d.file)}`,
        ...(d.line > 0 ? [`line=${d.line}`, `col=${d.column}`] : []),
        `title=${property(d.rule)}`,
      ];
      return `::${d.severity} ${where.join(",")}::${data(`${message}\n${hint}`)}\n`;
    })
    .join("");
}
