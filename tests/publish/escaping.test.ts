/**
 * Every free-text field of every block kind carries a hostile payload and comes
 * out as text, never as markup. The fields are the string values of the
 * every-block fixture, each given «<img src=x onerror=alert(N)>» after its
 * words; which fields must be covered comes from the block schemas, so a new
 * text field without a place in the fixture fails here until it has one.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dump, load } from "js-yaml";
import matter from "gray-matter";
import * as z from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { blockSchemas } from "../../src/schema/blocks/index.ts";
import { buildInto } from "../helpers/build.ts";
import { htmlFiles, read } from "../helpers/html.ts";
import { contentCopy } from "../live/content-copy.ts";
import { anchorSlug } from "../../src/shared/slug.ts";

/** Links within the page go to anchors made from titles: keep them where they were before the title changed. */
const keepAnchor = (data: Record<string, unknown>) =>
  typeof data.title === "string" && !data.id ? { id: anchorSlug(data.title), ...data } : data;

const REPORT = "reports/2024-03-01-alle-blokker";

/** Keys whose values are not text a reader sees: ids, addresses, files, choices, dates and times. */
const NOT_TEXT = new Set([
  "kind",
  "id",
  "src",
  "url",
  "data",
  "themes",
  "solution",
  "lang",
  "when",
  "date",
  "time",
  "start",
  "end",
  "status",
  "width",
  "part",
  "parts",
  "include",
  "key",
  "ref",
  "logo",
  "email",
  "phone",
  "value",
  "count",
  "ratio",
  "icon",
  "layout",
  "style",
  "align",
  "type",
  "credit",
  "section",
]);

/** Fields a report cannot hold on its own, with where their escaping is shown instead. */
const ELSEWHERE: Record<string, string> = {
  "next-steps.note": "a note on another report's step (done/updates): tests/publish/next-steps.test.ts renders them",
};

const payload = (n: number) => `<img src=x onerror=alert(${n})>`;

/** Adds the payload after every text value; returns the (kind, key) pairs it touched. */
function poison(value: unknown, kind: string, key: string, counter: { n: number }, touched: Set<string>): unknown {
  if (typeof value === "string") {
    if (NOT_TEXT.has(key) || /^\d[\d\s.,%]*$/.test(value.trim())) return value;
    touched.add(`${kind}.${key}`);
    return `${value} ${payload(++counter.n)}`;
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, kind, key, counter, touched));
  // A questions block's answers are keyed by the author's part ids: they count as «answers».
  if (value && typeof value === "object") {
    const answers = key === "answers" && Object.values(value).every(Array.isArray);
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, poison(v, kind, answers ? key : k, counter, touched)]),
    );
  }
  return value;
}

type Json = Record<string, unknown>;
const isText = (s: Json, key: string) => s.type === "string" && !s.enum && !s.const && !s.pattern && !NOT_TEXT.has(key);
const variants = (s: Json): Json[] => [
  s,
  ...[s.anyOf, s.oneOf, s.allOf].flatMap((l) => (Array.isArray(l) ? (l as Json[]).flatMap(variants) : [])),
];

/**
 * Gives an object every text field its schema allows that it lacks (an intro, an outro, a note, a
 * role): the fixture has each block kind once, not every optional field of it.
 */
function fill(data: unknown, schema: Json): unknown {
  if (Array.isArray(data)) {
    const items = variants(schema).find((v) => v.items)?.items as Json | undefined;
    return items ? data.map((d) => fill(d, items)) : data;
  }
  if (!data || typeof data !== "object") return data;
  const object = variants(schema).find(
    (v) => v.properties && Object.keys(data).every((k) => k in (v.properties as Json)),
  );
  if (!object) return data;
  const props = object.properties as Record<string, Json>;
  const filled: Json = { ...(data as Json) };
  for (const [key, prop] of Object.entries(props)) {
    if (key in filled) filled[key] = fill(filled[key], prop);
    else if (variants(prop).some((v) => isText(v, key))) filled[key] = "Tekst";
  }
  return filled;
}

const schemaOf = new Map(
  blockSchemas.map((schema) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
    return [(json.properties as Record<string, { const: string }>).kind!.const, json] as const;
  }),
);

/** Every (kind, key) whose value may be a string, in every block schema: what the fixture must cover. */
function textFields(): Set<string> {
  const out = new Set<string>();
  const walk = (schema: unknown, kind: string, key: string) => {
    if (!schema || typeof schema !== "object") return;
    const s = schema as Record<string, unknown>;
    if (s.type === "string" && !s.enum && !s.const && !s.pattern && !NOT_TEXT.has(key)) out.add(`${kind}.${key}`);
    for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) walk(v, kind, k);
    for (const list of [s.anyOf, s.oneOf, s.allOf]) if (Array.isArray(list)) list.forEach((v) => walk(v, kind, key));
    if (s.items) walk(s.items, kind, key);
    if (s.additionalProperties && typeof s.additionalProperties === "object") walk(s.additionalProperties, kind, key);
  };
  for (const [kind, json] of schemaOf) walk(json, kind, "");
  return out;
}

let out: string;
const touched = new Set<string>();
let count = 0;
beforeAll(async () => {
  const { dir } = contentCopy();
  const counter = { n: 0 };
  const files = readdirSync(join(dir, REPORT), { recursive: true })
    .map(String)
    .filter((f) => /\.(ya?ml|md)$/.test(f) && !/report\.yaml$/.test(f));
  for (const file of files) {
    const path = join(dir, REPORT, file);
    const text = readFileSync(path, "utf8");
    if (file.endsWith(".md")) {
      const { data, content } = matter(text);
      const kind = String(data.kind ?? (/index\.md$/.test(file) ? "section" : "text"));
      const front = poison(fill(keepAnchor(data), schemaOf.get(kind)!), kind, "", counter, touched) as Record<
        string,
        unknown
      >;
      writeFileSync(path, `---\n${dump(front)}---\n${content}\n\n${payload(++counter.n)}\n`);
      touched.add(`${kind}.body`);
    } else {
      const data = load(text) as Record<string, unknown>;
      const kind = String(data.kind ?? "section");
      writeFileSync(path, dump(poison(fill(keepAnchor(data), schemaOf.get(kind)!), kind, "", counter, touched)));
    }
  }
  count = counter.n;
  // With the print pages too (as serve shows them): the PDF is made from those.
  out = await buildInto(dir, { preview: true });
});

describe("hostile text in every field", () => {
  it("covers every text field of every block kind the schemas have", () => {
    const missing = [...textFields()].filter((f) => !touched.has(f) && !(f in ELSEWHERE));
    expect(missing).toEqual([]);
  });

  it("is shown as text on every page: no payload ever becomes an element", () => {
    expect(count).toBeGreaterThan(100);
    for (const file of htmlFiles(out)) expect(read(out, file), file).not.toMatch(/<img src=x onerror/);
  });

  it("appears, escaped, on the report's page for every field shown there", () => {
    const page = read(out, "2024-03-01-alle-blokker/index.html");
    const shown = [...page.matchAll(/onerror=alert\((\d+)\)/g)].map((m) => Number(m[1]));
    expect(new Set(shown).size).toBeGreaterThan(count * 0.8);
  });
});
