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
  /** The example as a value, and the field's own schema, so a test can hold one against the other. */
  exampleValue?: unknown;
  schema: Json;
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

/** A value fits a field: its type, option, pattern, and for lists and objects their items and keys (a value from another field is checked so). */
function fits(s: Json, v: unknown): boolean {
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).some((x) => fits(x, v));
  if (s.const !== undefined) return v === s.const;
  if (Array.isArray(s.enum)) return s.enum.includes(v);
  if (s.type === "array") return Array.isArray(v) && (!s.items || v.every((x) => fits(s.items as Json, x)));
  if (s.type === "object") {
    const props = s.properties as Record<string, Json> | undefined;
    return isOwner(v) && (!props || Object.entries(v).every(([k, x]) => props[k] !== undefined && fits(props[k]!, x)));
  }
  if (s.type === "string")
    return typeof v === "string" && (typeof s.pattern !== "string" || new RegExp(s.pattern, "u").test(v));
  return matches(s, v);
}

/** A value as it is written in YAML, on one line: `Kristiansand`, `[a, b]`, `{ role: Ledere, count: 34 }`. */
function inlineYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineYaml).join(", ")}]`;
  if (isOwner(value)) return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${inlineYaml(v)}`).join(", ")} }`;
  return String(value).replace(/\s+/g, " ");
}

/**
 * The example a field is shown with: what the example content wrote at this very place; else the
 * example its schema gives; else a value written under the same key elsewhere (only when it fits the
 * field); else what the schema allows (an option, true).
 */
function exampleOf(here: unknown[], elsewhere: unknown[], schema: Json): unknown {
  // The fixture holds markup on purpose (escaping tests): text with tags is no example to copy.
  const plain = (list: unknown[]) => list.filter((v) => !(typeof v === "string" && /[<>]/.test(v)));
  if (plain(here).length) return plain(here)[0];
  if (Array.isArray(schema.examples)) return schema.examples[0];
  if (plain(elsewhere).length) return plain(elsewhere)[0];
  return schema.const ?? schema.default ?? (Array.isArray(schema.enum) ? schema.enum[0] : schema.type === "boolean" ? true : undefined);
}

function exampleText(value: unknown): string {
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
    if (prop.deprecated === true) continue; // old names are in CHANGELOG.md and docs/upgrading.md, not among the fields
    const values = samples.flatMap((s) => (isOwner(s) && s[key] !== undefined ? [s[key]] : []));
    const variants = (prop.anyOf as Json[] | undefined) ?? [prop];
    const elsewhere = (anywhere.get(key) ?? []).filter((v) => variants.some((s) => fits(s, v)));
    const value = exampleOf(values, elsewhere, prop);
    out.push({
      key: prefix + key,
      type: typeName(prop),
      required: required.has(key),
      description: String(prop.description ?? ""),
      example: exampleText(value),
      ...(value !== undefined && { exampleValue: value }),
      schema: prop,
    });
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

const FILE_KINDS = ["site", "themes", "solution", "report"] as const;

/** Each block kind with its schema, in the order of the kinds. */
function blockVariants(): Array<[string, Json]> {
  const variants = (editorSchema("block").oneOf ?? []) as Json[];
  return blockKinds.map((kind) => [
    kind,
    variants.find((v) => ((v.properties as Record<string, Json>).kind!.const as string) === kind)!,
  ]);
}

/** Every file kind's and block kind's rows, as fieldReference writes them. */
export function fieldRows(samples: Samples): Array<{ name: string; rows: Row[] }> {
  const anywhere = valuesByKey(Object.values(samples).flat());
  const of = (schema: Json, given: unknown[]): Row[] => {
    const list: Row[] = [];
    rows(schema, "", given, list, anywhere);
    return list;
  };
  return [
    ...FILE_KINDS.map((kind) => ({ name: kind as string, rows: of(editorSchema(kind), samples[kind]) })),
    ...blockVariants().map(([kind, variant]) => ({
      name: kind,
      rows: of(variant, samples.block.filter((b) => isOwner(b) && b.kind === kind)),
    })),
  ];
}

export function fieldReference(samples: Samples): string {
  const rowsOf = new Map(fieldRows(samples).map((r) => [r.name, r.rows]));
  const parts = [
    "# Feltreferanse",
    "",
    "Alle felt i innholdsfilene. Generert fra skjemaene i `src/schema/` med `npm run docs` — ikke rediger for hånd.",
    "Eksemplene er hentet fra eksempelinnholdet. Tekstfelt kan bruke Markdown der beskrivelsen sier det.",
  ];
  for (const kind of FILE_KINDS) {
    const schema = editorSchema(kind);
    parts.push("", `## ${CONTENT_FILES[kind].title}`, "", `\`${CONTENT_FILES[kind].file}\` — ${String(schema.description ?? "")}`, "", table(rowsOf.get(kind)!));
  }
  parts.push("", "## Blokker", "", "Hver fil i en rapportmappe er en blokk; `kind` sier hvilken. En Markdown-fil er en `text`-blokk (`index.md`: `section`) med feltene i front matter og teksten som `body`.");
  for (const [kind, variant] of blockVariants()) parts.push("", `### ${kind}`, "", String(variant.description ?? ""), "", table(rowsOf.get(kind)!));
  return `${parts.join("\n")}\n`;
}
