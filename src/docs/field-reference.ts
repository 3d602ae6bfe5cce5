/**
 * docs/fields.md: every key of every content file — type, whether it is
 * required, what it means, and an example — generated from the editor JSON
 * Schemas, so the reference cannot drift from what validation accepts.
 * Examples are real values from the example content given to it.
 */
import { blockKinds } from "../schema/blocks/index.ts";
import { isOwner } from "../validate/text-values.ts";
import { CONTENT_FILES, editorSchema, type ContentFileKind } from "../schema/editor-schemas.ts";

type Json = Record<string, unknown>;
export interface Row {
  key: string;
  type: string;
  required: boolean;
  description: string;
  example: string;
}

const ID_PATTERN = "^[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}-]*$";

function typeName(s: Json): string {
  if (s.const !== undefined) return `«${String(s.const)}»`;
  if (Array.isArray(s.enum)) return `en av: ${s.enum.join(", ")}`;
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map(typeName).join(" eller ");
  switch (s.type) {
    case "string":
      return s.pattern === ID_PATTERN ? "id" : s.format === "email" ? "e-post" : "tekst";
    case "number":
    case "integer":
      return "tall";
    case "boolean":
      return "true/false";
    case "array":
      return `liste av ${typeName(s.items as Json)}`;
    case "object":
      return "felt";
    default:
      return "verdi";
  }
}

const matches = (s: Json, v: unknown): boolean =>
  s.type === "object" ? isOwner(v) : s.type === "array" ? Array.isArray(v) : s.type === "string" ? typeof v === "string" : s.type === "boolean" ? typeof v === "boolean" : typeof v === "number";

/** A value as it is written in YAML, on one line: `Kristiansand`, `[a, b]`, `{ role: Ledere, count: 34 }`. */
function inlineYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineYaml).join(", ")}]`;
  if (isOwner(value)) return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${inlineYaml(v)}`).join(", ")} }`;
  return String(value).replace(/\s+/g, " ");
}

/** What the example content wrote for a field; else what the field's schema allows (an option, true). */
function exampleOf(samples: unknown[], schema: Json): string {
  const fromSchema = Array.isArray(schema.examples)
    ? schema.examples[0]
    : (schema.const ?? schema.default ?? (Array.isArray(schema.enum) ? schema.enum[0] : schema.type === "boolean" ? true : undefined));
  const value = samples.length ? samples[0] : fromSchema;
  if (value === undefined) return "";
  const text = inlineYaml(value);
  return `\`${text.length > 48 ? `${text.slice(0, 47)}…` : text}\``;
}

/** Every value the example content gives each key anywhere, for keys the file or kind at hand leaves out. */
function valuesByKey(samples: unknown[]): Map<string, unknown[]> {
  const byKey = new Map<string, unknown[]>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isOwner(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (!byKey.has(k)) byKey.set(k, []);
        byKey.get(k)!.push(x);
        walk(x);
      }
    }
  };
  samples.forEach(walk);
  return byKey;
}


/** Rows for the properties of an object schema, nested objects and lists of objects flattened under their key. */
function rows(schema: Json, prefix: string, samples: unknown[], out: Row[], anywhere: Map<string, unknown[]>, depth = 0): void {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  for (const [key, prop] of Object.entries(properties)) {
    if (key === "kind" && prop.const !== undefined) continue;
    const values = samples.flatMap((s) => (isOwner(s) && s[key] !== undefined ? [s[key]] : []));
    const variants = (prop.anyOf as Json[] | undefined) ?? [prop];
    const examples = values.length ? values : (anywhere.get(key) ?? []).filter((v) => variants.some((s) => matches(s, v)));
    out.push({ key: prefix + key, type: typeName(prop), required: required.has(key), description: String(prop.description ?? ""), example: exampleOf(examples, prop) });
    if (depth < 4) nested(prop, prefix + key, values, out, anywhere, depth + 1);
  }
}

function nested(s: Json, key: string, values: unknown[], out: Row[], anywhere: Map<string, unknown[]>, depth: number): void {
  if (Array.isArray(s.anyOf)) for (const variant of s.anyOf as Json[]) nested(variant, key, values.filter((v) => matches(variant, v)), out, anywhere, depth);
  else if (s.type === "array") nested(s.items as Json, `${key}[]`, values.flatMap((v) => (Array.isArray(v) ? v : [])), out, anywhere, depth);
  else if (s.type === "object" && s.properties) rows(s, `${key}.`, values, out, anywhere, depth);
  else if (s.type === "object" && isOwner(s.additionalProperties)) {
    nested(s.additionalProperties, `${key}.<nøkkel>`, values.flatMap((v) => (isOwner(v) ? Object.values(v) : [])), out, anywhere, depth);
  }
}

export type Samples = Record<ContentFileKind, unknown[]>;

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const table = (list: Row[]): string =>
  ["| Felt | Type | Påkrevd | Betydning | Eksempel |", "|---|---|---|---|---|", ...list.map((r) => `| \`${r.key}\` | ${cell(r.type)} | ${r.required ? "ja" : ""} | ${cell(r.description)} | ${cell(r.example)} |`)].join("\n");

export function fieldReference(samples: Samples): string {
  const anywhere = valuesByKey(Object.values(samples).flat());
  const parts = [
    "# Feltreferanse",
    "",
    "Alle felt i innholdsfilene. Generert fra skjemaene i `src/schema/` med `npm run docs` — ikke rediger for hånd.",
    "Eksemplene er hentet fra eksempelinnholdet. Tekstfelt kan bruke Markdown der beskrivelsen sier det.",
  ];
  for (const kind of ["site", "themes", "solution", "report"] as const) {
    const schema = editorSchema(kind);
    const list: Row[] = [];
    rows(schema, "", samples[kind], list, anywhere);
    parts.push("", `## ${CONTENT_FILES[kind].title}`, "", `\`${CONTENT_FILES[kind].file}\` — ${String(schema.description ?? "")}`, "", table(list));
  }
  parts.push("", "## Blokker", "", "Hver fil i en rapportmappe er en blokk; `kind` sier hvilken. En Markdown-fil er en `text`-blokk (`index.md`: `section`) med feltene i front matter og teksten som `body`.");
  const variants = (editorSchema("block").oneOf ?? []) as Json[];
  for (const kind of blockKinds) {
    const variant = variants.find((v) => ((v.properties as Record<string, Json>).kind!.const as string) === kind)!;
    const list: Row[] = [];
    rows(variant, "", samples.block.filter((b) => isOwner(b) && b.kind === kind), list, anywhere);
    parts.push("", `### ${kind}`, "", String(variant.description ?? ""), "", table(list));
  }
  return `${parts.join("\n")}\n`;
}
