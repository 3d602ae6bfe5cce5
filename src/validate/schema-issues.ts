/**
 * Validates one document against its zod schema and turns every issue into a
 * located diagnostic with a rule id. Zod collects all issues in one pass, so
 * a file with five mistakes reports five problems.
 */
import type * as z from "zod";
import type { SourceDoc } from "../load/source-doc.ts";
import type { Diagnostic, Params } from "../shared/diagnostic.ts";
import { closest } from "./did-you-mean.ts";
import type { RuleId } from "../shared/rules-catalogue.ts";
import { allowedKeys } from "./schema-walk.ts";

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, step) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[step] : undefined),
    data,
  );

function keyName(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === "string");
  return last === undefined ? "(rot)" : String(last);
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "object" ? "object" : typeof value;
}

const show = (value: unknown): string => (typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)));

/** Zod reports a failed union as one issue per branch; keep the branch the data was aiming at. */
function unionBranch(issue: Extract<Issue, { code: "invalid_union" }>, data: unknown): Issue[] {
  const value = valueAt(data, issue.path);
  const branches = issue.errors.filter((errs) => errs.length > 0);
  const aimed = branches.find((errs) =>
    errs.every((e) => !(e.code === "invalid_type" && e.path.length === 0 && typeOf(value) !== e.expected)),
  );
  return (aimed ?? branches[0] ?? []).map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as Issue);
}

function convert(issue: Issue, doc: SourceDoc, schema: z.ZodType, data: unknown, out: Diagnostic[]): void {
  const path = issue.path as Path;
  const key = keyName(path);
  const push = (rule: RuleId, params: Params, part: "key" | "value" = "value", at: Path = path) =>
    out.push(doc.problem(at as (string | number)[], rule, params, part));
  const value = valueAt(data, path);

  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(schema, path, data);
      for (const k of issue.keys) {
        const suggestion = closest(k, allowed);
        push("schema/unknown-key", { key: k, allowed: allowed.join(", "), ...(suggestion && { suggestion }) }, "key", [
          ...path,
          k,
        ]);
      }
      return;
    }
    case "invalid_type":
      if (value === undefined) push("schema/required", { key, where: keyName(path.slice(0, -1)) }, "key");
      else push("schema/type", { key, expected: issue.expected, received: typeOf(value) });
      return;
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const suggestion = closest(show(value), allowed);
      push("schema/enum", { key, value: show(value), allowed: allowed.join(", "), ...(suggestion && { suggestion }) });
      return;
    }
    case "invalid_union": {
      if ("discriminator" in issue && issue.discriminator) {
        const allowed = ((issue as { options?: unknown[] }).options ?? []).map(String);
        const suggestion = closest(show(value), allowed);
        if (value === undefined)
          push("schema/required", { key: issue.discriminator, where: "" }, "key", path.slice(0, -1));
        else
          push("schema/unknown-kind", {
            value: show(value),
            allowed: allowed.join(", "),
            ...(suggestion && { suggestion }),
          });
        return;
      }
      for (const inner of unionBranch(issue, data)) convert(inner, doc, schema, data, out);
      return;
    }
    case "too_small":
      push("schema/too-short", {
        key,
        minimum: Number(issue.minimum),
        unit: issue.origin === "array" ? "punkt" : "tegn",
      });
      return;
    case "invalid_format":
      push("schema/format", { key, value: show(value), format: issue.message });
      return;
    case "custom": {
      const rule = (issue.params?.rule as RuleId | undefined) ?? "schema/invalid";
      const params: Params = { key: String(issue.params?.key ?? key), value: show(value) };
      if (rule === "link/unsafe-scheme") Object.assign(params, { url: show(value), scheme: schemeOf(value) });
      if (rule === "schema/invalid") params.detail = issue.message;
      push(rule, params);
      return;
    }
    default:
      push("schema/invalid", { key, detail: issue.message });
  }
}

const schemeOf = (value: unknown): string =>
  typeof value === "string" ? (/^\s*([a-z][\w+.-]*:)/i.exec(value)?.[1] ?? "") : "";

export function validateDoc<S extends z.ZodType>(
  schema: S,
  doc: SourceDoc,
  data: unknown = doc.data,
): { ok: true; value: z.output<S> } | { ok: false; problems: Diagnostic[] } {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, problems: [doc.problem([], "yaml/not-a-mapping")] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems: Diagnostic[] = [];
  for (const issue of result.error.issues) convert(issue, doc, schema, data, problems);
  return { ok: false, problems };
}
