/**
 * Every rule the validator can report, with its default severity. The ids are
 * stable: editors, CI annotations and docs/rules.md refer to them.
 * The messages for each language (messages/nb.ts, messages/en.ts) are typed
 * against this list, so a rule cannot exist without its text.
 */
export const RULES = {
  "file/missing": "error",
  "file/unreadable": "error",
  "file/empty": "error",
  "file/too-large": "error",
  "file/binary": "error",
  "file/encoding": "error",
  "content/no-reports": "error",
  "content/no-report-file": "error",
  "content/no-section-file": "error",
  "content/unknown-file": "warning",
  "yaml/syntax": "error",
  "yaml/not-a-mapping": "error",
  "yaml/needs-quotes": "error",
  "yaml/alias-expansion": "error",
  "schema/unknown-key": "error",
  "schema/required": "error",
  "schema/type": "error",
  "schema/enum": "error",
  "schema/unknown-kind": "error",
  "schema/too-short": "error",
  "schema/format": "error",
  "schema/invalid": "error",
  "date/invalid": "error",
  "date/range-order": "error",
  "time/invalid": "error",
  "participants/total": "error",
  "participants/coverage": "error",
  "ids/duplicate": "error",
  "ids/leading-digit": "error",
  "ref/unresolved": "error",
  "ref/unknown-step": "error",
  "ref/unknown-theme": "error",
  "questions/unknown-part": "error",
  "publish/required": "error",
  "link/unsafe-scheme": "error",
  "link/missing-file": "error",
  "link/unknown-anchor": "error",
  "markdown/raw-html": "warning",
  "markdown/table-cells": "warning",
  "site/contrast": "error",
  "privacy/national-id": "error",
  "privacy/email": "warning",
  "privacy/phone": "warning",
  "privacy/no-consent": "warning",
} as const;

export type RuleId = keyof typeof RULES;
