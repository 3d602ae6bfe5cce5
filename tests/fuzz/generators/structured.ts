/**
 * The `structured` family: a copy of the mixed content spec with the data of
 * a few documents changed before it is written — wrong types, missing and
 * extra keys, odd ids and titles, nulls, nested arrays, numbers where text
 * belongs, wrong kinds and wrong roots. The files stay parseable YAML and
 * Markdown, so the mistakes reach the schemas rather than the parser.
 *
 * `places` and `put` are shared with the yaml family.
 */
import fc from "fast-check";
import { blockKinds } from "../../../src/schema/blocks/index.ts";
import type { FuzzCase } from "../pipeline.ts";
import { list, oddId, oddText, safeText, type Json, type Obj } from "./leaves.ts";
import { mixedSpec, toFiles, type ContentSpec, type DocSpec, type FileSpec, type SectionSpec } from "./spec.ts";

/** Every place in a value: the holder and the key or index, in document order. */
export function places(root: Json): Array<[Obj | Json[], string | number]> {
  const out: Array<[Obj | Json[], string | number]> = [];
  const seen = new Set<unknown>();
  const walk = (v: Json) => {
    if (!v || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), walk(x)));
    else for (const [k, x] of Object.entries(v as Obj)) (out.push([v as Obj, k]), walk(x));
  };
  walk(root);
  return out;
}

const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e300,
    -0,
    "",
    "  ",
    [],
    {},
    [[]],
    [[1, [2, ["3"]]]],
    { text: "x" },
    { "": "" },
    ["a", 1, null],
  ),
  oddText,
  oddId,
  fc.integer(),
  fc.double(),
  fc.array(oddText, { maxLength: 3 }),
  fc.array(fc.array(safeText, { maxLength: 2 }), { maxLength: 2 }),
);

const EXTRA_KEYS = [
  "titel",
  "kinds",
  "tekst",
  "Title",
  "kind ",
  "title ",
  "værsågod",
  "1",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "",
  " ",
  "<<",
  "id",
  "themes",
  "items",
  "x".repeat(200),
  "æøå",
];

type Mutation =
  | { op: "delete"; at: number }
  | { op: "set"; at: number; value: Json }
  | { op: "wrap"; at: number }
  | { op: "add"; at: number; key: string; value: Json }
  | { op: "kind"; value: Json }
  | { op: "root"; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("set" as const), at: fc.nat(), value: wrongValue }),
  fc.record({ op: fc.constant("wrap" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("add" as const), at: fc.nat(), key: fc.constantFrom(...EXTRA_KEYS), value: wrongValue }),
  fc.record({
    op: fc.constant("kind" as const),
    value: fc.oneof(
      fc.constantFrom<Json>(...blockKinds),
      fc.constantFrom<Json>("Text", "tekst", "", "questions ", "Section", 1, null, ["text"]),
    ),
  }),
  fc.record({
    op: fc.constant("root" as const),
    value: fc.constantFrom<Json>(null, "kind: text", 42, [], [{ kind: "text" }], true),
  }),
);

/** Own data property, even for "__proto__". */
export function put(holder: Obj | Json[], key: string | number, value: Json): void {
  Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyMutation(data: Json, m: Mutation): Json {
  if (m.op === "root") return m.value;
  if (m.op === "kind") {
    if (data && typeof data === "object" && !Array.isArray(data)) put(data as Obj, "kind", m.value);
    return data;
  }
  const all = places(data);
  if (m.op === "add") {
    const objects = [data, ...all.map(([h, k]) => (h as Record<string | number, Json>)[k])].filter(
      (v): v is Obj => !!v && typeof v === "object" && !Array.isArray(v),
    );
    const target = objects[m.at % Math.max(1, objects.length)];
    if (target) put(target, m.key, m.value);
    return data;
  }
  const place = all[m.at % Math.max(1, all.length)];
  if (!place) return data;
  const [holder, key] = place;
  const current = (holder as Record<string | number, Json>)[key];
  if (m.op === "delete") {
    if (Array.isArray(holder)) holder.splice(key as number, 1);
    else delete (holder as Obj)[key];
  } else if (m.op === "set") put(holder, key, m.value);
  else put(holder, key, [current]);
  return data;
}

/** A copy of a file spec with its data (YAML data or front matter) changed. */
function mutateDoc(doc: DocSpec, ms: Mutation[]): DocSpec {
  if (doc.type === "yaml") return { type: "yaml", data: ms.reduce(applyMutation, structuredClone(doc.data)) };
  return { ...doc, front: ms.reduce(applyMutation, structuredClone(doc.front ?? {})) };
}

/** Applies mutations to the n-th document of a spec (report.yaml, blocks, section indexes, themes.yaml). */
function mutateSpec(spec: ContentSpec, picks: Array<{ doc: number; ms: Mutation[] }>): ContentSpec {
  const out: ContentSpec = structuredClone(spec);
  type Slot = { get: () => DocSpec; set: (d: DocSpec) => void };
  const slots: Slot[] = [];
  if (out.themes !== undefined)
    slots.push({
      get: () => ({ type: "yaml", data: out.themes }),
      set: (d) => (out.themes = d.type === "yaml" ? d.data : out.themes),
    });
  const addEntries = (list: Array<FileSpec | SectionSpec>) => {
    for (const e of list) {
      if ("index" in e) {
        slots.push({ get: () => e.index.doc, set: (d) => (e.index.doc = d) });
        addEntries(e.blocks);
      } else slots.push({ get: () => e.doc, set: (d) => (e.doc = d) });
    }
  };
  for (const r of out.reports) {
    slots.push({
      get: () => ({ type: "yaml", data: r.meta }),
      set: (d) => (r.meta = d.type === "yaml" ? d.data : r.meta),
    });
    addEntries(r.entries);
  }
  for (const { doc, ms } of picks) {
    const slot = slots[doc % slots.length];
    if (slot) slot.set(mutateDoc(slot.get(), ms));
  }
  return out;
}

export const structuredCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(mixedSpec, list(fc.record({ doc: fc.nat(), ms: list(mutation, 1, 3) }), 0, 3))
  .map(([spec, picks]) => ({ family: "structured", files: toFiles(mutateSpec(spec, picks)), drafts: spec.drafts }));
