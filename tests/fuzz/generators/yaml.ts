/**
 * The `yaml` family: YAML features injected into one or two documents of a
 * valid or mixed content folder — anchors and aliases (shared, cyclic and
 * nested ones, and alias trees far past the loader's budget), tags, deep
 * nesting, several documents, complex and duplicate keys, odd scalars.
 */
import fc from "fast-check";
import type { FuzzCase } from "../pipeline.ts";
import { list, type Json, type Obj } from "./leaves.ts";
import { docsOf, mixedSpec, toFiles, toYaml, validSpec, type DocSpec, type YamlStyle } from "./spec.ts";
import { places, put } from "./structured.ts";

/** An alias tree: `fanout` references to the level below, `depth` levels — fanout^depth values once expanded. */
export function laughs(fanout: number, depth: number, leaf = "lol"): string {
  const lines = [`l0: &l0 [${Array(fanout).fill(leaf).join(", ")}]`];
  for (let d = 1; d <= depth; d++)
    lines.push(`l${d}: &l${d} [${Array.from({ length: fanout }, () => `*l${d - 1}`).join(", ")}]`);
  return lines.join("\n");
}

/** Fragments that stand as the value of a key. */
const YAML_VALUES = [
  "",
  " # kommentar",
  "&tom",
  "!!str",
  "!!str &a",
  "!!map",
  "!!seq",
  "!!str 123",
  "!!int 12",
  "!!int x",
  "!!float 1.5",
  "!!bool yes",
  "!!null ''",
  "!!binary aGVp",
  "!!timestamp 2024-01-01",
  "!!set {a, b}",
  "!!omap [a: 1]",
  "!!pairs [a: 1]",
  "!custom x",
  "!<tag:yaml.org,2002:str> x",
  "!!map {}",
  "!!seq []",
  "!!js/function 'function(){}'",
  "!!js/undefined ''",
  "!!python/object:os.system x",
  "&a x",
  "*a",
  "*nope",
  "&a [*a]",
  "&a {title: *a}",
  "[&b x, *b, *b]",
  "0x1F",
  "0o17",
  "1_000",
  ".inf",
  "-.inf",
  ".nan",
  "1e400",
  "-0",
  "+12",
  "012",
  "~",
  "null",
  "Null",
  "yes",
  "on",
  "True",
  "2024-03-01",
  "12:30",
  "1:20:30",
  '"\\x00\\u0000\\ud800\\U0010FFFF\\N\\_\\L\\P"',
  '"\\q"',
  '"unclosed',
  "'it''s'",
  "'unclosed",
  "|\n  blokk\n\n",
  "|+\n  keep\n\n",
  "|-\n  strip",
  ">\n  foldet\n  tekst",
  "|2\n   innrykk",
  "|0\n x",
  "| # kommentar\n  x",
  "[a, b",
  "{a: 1",
  "{a: 1, a: 2}",
  "[[[[[]]]]]",
  "{? [a]: b}",
  "- a\n- b",
  "\n  - nested\n  - list",
  "\n  a: 1\n  b: 2",
  "\n\ta: tab",
  "@reserved",
  "`reserved",
  "%x",
  "a #kommentar",
  "a: b: c",
  '"multi\n  line"',
  "'multi\n\n  para'",
  "plain\n  continued",
  "? x",
  "*a *b",
  "&a &b x",
  "!!str &a x",
  "&a !!str x",
];

const YAML_DOCS = [
  "---\nkind: text\n---\nkind: text\n",
  "kind: text\n...\n",
  "--- |\n  bare tekst\n",
  "%YAML 1.2\n---\nkind: text\n",
  "%YAML 1.1\n%YAML 1.2\n---\nx\n",
  "%TAG ! tag:example.no,2024:\n---\n!x kind: text\n",
  "? [a, b]\n: c\n",
  "? {a: 1}\n: x\n",
  "[a]: b\n",
  "kind: text\nkind: quote\n",
  "- kind: text\n",
  '"kind": "text"\n',
  "? kind\n: text\n",
  "kind: text\ntitle: &t Tittel\nbody: *t\n",
  "&root\nx: *root\n",
  "kind: text\nbody: &a\n  - *a\n",
  "<<: {kind: text}\n",
  "kind: !!str text\n",
  "kind: text\n\tbody: tab\n",
  "kind: text\n  body: feil innrykk\n",
  "kind: text\nbody: |\n  a\n b\n",
  "kind:text\n",
  "kind: text # kommentar\n#\n",
  "{kind: text, body: [}\n",
  "kind: [text]\n",
  "",
];

type YamlOp =
  | { op: "value"; key: string; value: string; at: number }
  | { op: "replace"; text: string }
  | { op: "nest"; key: string; depth: number; flow: boolean }
  | { op: "laughs"; key: string; fanout: number; depth: number }
  | { op: "share"; from: number; to: number }
  | { op: "cycle"; at: number };

/** Keys the injected fragments stand under: fields of the block kinds, so the schema sees them. */
const YAML_KEYS = ["title", "intro", "body", "items", "kind", "themes", "id", "text", "outro", "roles", "extra", "l9"];

/** Largest alias tree generated: far past the loader's alias budget (src/load/alias-budget.ts), so a regression shows as a case over the time bound. */
export const MAX_EXPANSION = 1e10;

const yamlOp: fc.Arbitrary<YamlOp> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant("value" as const),
      key: fc.constantFrom(...YAML_KEYS),
      value: fc.constantFrom(...YAML_VALUES),
      at: fc.nat(),
    }),
    weight: 6,
  },
  { arbitrary: fc.record({ op: fc.constant("replace" as const), text: fc.constantFrom(...YAML_DOCS) }), weight: 2 },
  {
    arbitrary: fc.record({
      op: fc.constant("nest" as const),
      key: fc.constantFrom(...YAML_KEYS),
      depth: fc.constantFrom(10, 48, 49, 50, 51, 200, 5000),
      flow: fc.boolean(),
    }),
    weight: 1,
  },
  {
    arbitrary: fc
      .record({
        op: fc.constant("laughs" as const),
        key: fc.constantFrom(...YAML_KEYS),
        fanout: fc.integer({ min: 2, max: 10 }),
        depth: fc.integer({ min: 1, max: 9 }),
      })
      .filter((o) => o.fanout ** (o.depth + 1) <= MAX_EXPANSION),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant("share" as const), from: fc.nat(), to: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("cycle" as const), at: fc.nat() }), weight: 1 },
);

function nested(depth: number, flow: boolean): string {
  if (flow) return `${"[".repeat(depth)}x${"]".repeat(depth)}`;
  const lines: string[] = [];
  for (let d = 0; d < depth; d++) lines.push(`${"  ".repeat(d + 1)}- `);
  return `\n${lines.join("\n")}x`;
}

/** YAML data ops (shared values become anchors and aliases when dumped) and text ops on one file. */
function applyYamlOps(doc: DocSpec, ops: YamlOp[], style: YamlStyle): string {
  let data = doc.type === "yaml" ? structuredClone(doc.data) : structuredClone(doc.front ?? {});
  for (const o of ops) {
    if (o.op === "share" || o.op === "cycle") {
      const all = places(data);
      const to = all[(o.op === "share" ? o.to : o.at) % Math.max(1, all.length)];
      if (!to) continue;
      const containers = [data, ...all.map(([h, k]) => (h as Record<string | number, Json>)[k])].filter(
        (v) => !!v && typeof v === "object",
      );
      // share: the same object under two keys (an alias), never one inside itself; cycle: a list or
      // mapping that holds itself and no text. (A cycle through text costs seconds to minutes before
      // the stack overflows, so the generators leave that to one fixed document, see YAML_DOCS.)
      const self: Obj | Json[] = (o.op === "cycle" ? o.at : o.from) % 2 ? {} : [];
      put(self, Array.isArray(self) ? 0 : "self", self);
      const value = o.op === "share" ? containers[o.from % Math.max(1, containers.length)] : self;
      const reaches = (from: Json, target: Json) =>
        from === target || places(from).some(([h, k]) => (h as Record<string | number, Json>)[k] === target);
      if (value !== undefined && !reaches(value, to[0])) put(to[0], to[1], value);
    }
  }
  let text = doc.type === "yaml" ? toYaml(data, style) : `---\n${toYaml(data, style)}---\n${doc.body}\n`;
  for (const o of ops) {
    if (o.op === "value") {
      const lines = text.split("\n");
      const at = o.at % (lines.length + 1);
      lines.splice(at, 0, `${o.key}: ${o.value}`);
      text = lines.join("\n");
    } else if (o.op === "replace") text = o.text;
    else if (o.op === "nest") text = `${text.replace(/\n?$/, "\n")}${o.key}: ${nested(o.depth, o.flow)}\n`;
    else if (o.op === "laughs")
      text = `${text.replace(/\n?$/, "\n")}${laughs(o.fanout, o.depth)}\n${o.key}: *l${o.depth}\n`;
  }
  return text;
}
export const yamlCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(fc.oneof(validSpec, mixedSpec), list(fc.record({ doc: fc.nat(), ops: list(yamlOp, 1, 3) }), 1, 2))
  .map(([spec, picks]) => {
    const files = toFiles(spec);
    const docs = docsOf(spec);
    for (const { doc, ops } of picks) {
      const target = docs[doc % docs.length];
      const i = target ? files.findIndex((f) => f.path === target.path) : -1;
      if (target && i >= 0) files[i] = { path: target.path, data: applyYamlOps(target.doc, ops, spec.style) };
    }
    return { family: "yaml", files, drafts: spec.drafts };
  });
