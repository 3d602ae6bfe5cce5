/**
 * Personal data (GDPR): reports are published, so contact details and
 * national identity numbers must not slip in. E-mail addresses and phone
 * numbers in any text are warnings (`--strict` makes them errors); a valid
 * fødselsnummer is always an error. A person's own `email`/`phone` fields are
 * fine with `consent: true`, and flagged without it.
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import type { Diagnostic } from "../../shared/diagnostic.ts";
import type { RuleId } from "../../shared/rules-catalogue.ts";
import { objectValues, textValues, type Owner } from "../text-values.ts";

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Norwegian numbers (8 digits, as 12345678, 123 45 678 or 12 34 56 78), with or without +47. */
const PHONE =
  /(?<![\w+])(?:\+47[\s.-]?)?(?:[2-9]\d{7}|[2-9]\d{2}[\s.-]\d{2}[\s.-]\d{3}|[2-9]\d[\s.-]\d{2}[\s.-]\d{2}[\s.-]\d{2})(?![\w])/g;
/** Shared addresses of an organisation, not of a person: not personal data. */
const SHARED_MAILBOX =
  /^(post|postmottak|postkasse|firmapost|info|kontakt|kundeservice|servicetorget|sentralbord|personvernombud|no-?reply)@/i;
/** Eleven digits, optionally written 6 + 5. */
const ELEVEN_DIGITS = /(?<![\w])\d{6}\s?\d{5}(?![\w])/g;

/** A fødselsnummer or D-number: both control digits (mod 11) must match. */
export function isNationalId(candidate: string): boolean {
  const d = candidate.replace(/\s/g, "").split("").map(Number);
  if (d.length !== 11) return false;
  const control = (weights: number[]) => {
    const r = 11 - (weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = control([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = control([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 !== 10 && k2 !== 10 && k1 === d[9] && k2 === d[10];
}

interface Finding {
  rule: RuleId;
  text: string;
}

/** What a text holds: each e-mail address, phone number and national id, in order. */
export function personalData(text: string): Finding[] {
  // Most texts hold neither "@" nor eight digits: skip the regular expressions for them (they run on every string).
  const hasAt = text.includes("@");
  if (!hasAt && !/\d(?:\D?\d){7}/.test(text)) return [];
  const found: Array<Finding & { at: number }> = [];
  const ids = [...text.matchAll(ELEVEN_DIGITS)].filter((m) => isNationalId(m[0]));
  for (const m of ids) found.push({ rule: "privacy/national-id", text: m[0], at: m.index });
  if (hasAt)
    for (const m of text.matchAll(EMAIL))
      if (!SHARED_MAILBOX.test(m[0])) found.push({ rule: "privacy/email", text: m[0], at: m.index });
  for (const m of text.matchAll(PHONE)) {
    const inId = ids.some((id) => m.index >= id.index && m.index < id.index + id[0].length);
    if (!inId) found.push({ rule: "privacy/phone", text: m[0], at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map(({ rule, text }) => ({ rule, text }));
}

/** A person's own contact fields: checked for consent, not as text. */
const isContactField = (owner: Owner, key: string): boolean => "name" in owner && (key === "email" || key === "phone");

const problem = (doc: SourceDoc, at: ReturnType<SourceDoc["position"]>, f: Finding): Diagnostic =>
  doc.problemAt(at, f.rule, { value: f.text });

export function checkPersonalData(doc: SourceDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [text, path] of textValues(doc.data, isContactField)) {
    for (const f of personalData(text)) out.push(problem(doc, doc.positionOf(path, f.text), f));
  }
  for (const [person, path] of objectValues(doc.data)) {
    if (!("name" in person) || !("email" in person || "phone" in person) || person.consent === true) continue;
    const field = "email" in person ? "email" : "phone";
    out.push(doc.problem([...path, field], "privacy/no-consent", { name: String(person.name), field }, "key"));
  }
  if (doc.body) {
    for (const [i, line] of doc.body.text.split("\n").entries()) {
      for (const f of personalData(line))
        out.push(problem(doc, { line: doc.body.line + i, column: line.indexOf(f.text) + 1 }, f));
    }
  }
  return out;
}
