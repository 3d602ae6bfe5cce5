/**
 * A problem found in content, as a value. Diagnostics are collected from every
 * stage and reported together; nothing about bad content is ever thrown.
 * The wording lives in the rule catalogue (messages/), keyed by `rule`, so one
 * diagnostic can be printed in any supported language.
 */
import { RULES, STAYS_WARNING, type RuleId } from "./rules-catalogue.ts";
import type { TextEdit } from "./text-edits.ts";

export type Severity = "error" | "warning";
export type Params = Record<string, string | number>;

export interface Diagnostic {
  /** Path of the file, relative to the project folder, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem is about the file or folder as a whole. */
  line: number;
  column: number;
  severity: Severity;
  rule: RuleId;
  params: Params;
  /** A few lines of source around the position, when there is one. */
  frame?: string;
  /**
   * A reminder about a draft that will be an error once it is published (template text): `--strict`
   * leaves it a warning, since a draft is never published.
   */
  draft?: true;
  /** How `samling check --fix` mends the file: one edit of its text (an old key's new name). */
  fix?: TextEdit;
}

export interface Position {
  line: number;
  column: number;
}

export function diagnostic(
  file: string,
  at: Position | undefined,
  rule: RuleId,
  params: Params = {},
  severity: Severity = RULES[rule],
): Diagnostic {
  return { file, line: at?.line ?? 0, column: at?.column ?? 0, severity, rule, params };
}

/** `--strict`: every warning counts as an error (for CI), but a draft's reminders (`draft`) and old key names. */
export const strict = (list: readonly Diagnostic[]): Diagnostic[] =>
  list.map((d) =>
    d.severity === "warning" && !d.draft && !STAYS_WARNING.has(d.rule) ? { ...d, severity: "error" } : d,
  );

export const hasErrors = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === "error");

/** Stable order: by file, then position, then rule — so output never depends on load order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
