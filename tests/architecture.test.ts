/**
 * The layers of src/ as a rule: a stage imports only from stages below it,
 * never from one beside or above it, and no file reaches itself through its
 * imports. Reads the import statements as text (type imports and dynamic
 * imports included), so it needs no build and no extra tool.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Bottom first. Folders on one row sit beside each other and may not import each other. */
export const LAYERS: readonly (readonly string[])[] = [
  ["shared"],
  ["schema"],
  ["load"],
  ["validate"],
  ["cite"],
  ["model"],
  ["media"],
  ["render"],
  ["print"],
  ["pipeline"],
  ["publish", "live", "import", "scaffold", "docs"],
  ["cli"],
];

const SRC = resolve("src");
const rank = new Map(LAYERS.flatMap((row, i) => row.map((folder) => [folder, i] as const)));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|mts)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Relative specifiers of every static, type-only, re-export and dynamic import in a file. */
export function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm);
  return [...found].map((m) => m[1]!);
}

/** The layer a file in src/ belongs to: the first folder below src/. */
const folderOf = (file: string): string => relative(SRC, file).split(/[\\/]/)[0]!;

export interface Edge {
  from: string;
  to: string;
}

export function edgesIn(files: readonly string[], read: (file: string) => string): Edge[] {
  return files.flatMap((from) => importsOf(read(from)).map((spec) => ({ from, to: resolve(dirname(from), spec) })));
}

/** Imports that go sideways or up, as «from → to» lines. */
export function againstTheOrder(edges: readonly Edge[]): string[] {
  return edges.flatMap(({ from, to }) => {
    const a = folderOf(from);
    const b = folderOf(to);
    if (to.startsWith(SRC) === false || a === b) return [];
    const ra = rank.get(a);
    const rb = rank.get(b);
    return ra !== undefined && rb !== undefined && rb < ra ? [] : [`${relative(SRC, from)} → ${relative(SRC, to)}`];
  });
}

/** Every circle of files, each as the files on it (Tarjan's strongly connected components). */
export function circles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(relative(SRC, w));
    } while (w !== v);
    if (component.length > 1 || (next.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("the layers of src/", () => {
  const files = sourceFiles(SRC);
  const edges = edgesIn(files, (f) => readFileSync(f, "utf8"));

  it("places every folder of src/ in the order", () => {
    const folders = [...new Set(files.map(folderOf))].filter((f) => !f.includes("."));
    expect(folders.filter((f) => !rank.has(f))).toEqual([]);
    expect(files.filter((f) => folderOf(f).includes("."))).toEqual([]);
  });

  it("imports only from stages below", () => {
    expect(againstTheOrder(edges)).toEqual([]);
  });

  it("has no circle of imports, type imports included", () => {
    expect(circles(edges)).toEqual([]);
  });

  it("reads every kind of import statement", () => {
    const text = [
      'import { a } from "../x/a.ts";',
      'import type { B } from "./b.ts";',
      'export { c } from "../c.ts";',
      'import "./side-effect.ts";',
      'const { d } = await import("../d.ts");',
      'type E = import("./e.ts").E;',
      'import { readFileSync } from "node:fs";',
    ].join("\n");
    expect(importsOf(text)).toEqual(["../x/a.ts", "./b.ts", "../c.ts", "./side-effect.ts", "../d.ts", "./e.ts"]);
  });

  it("finds an upward import and a circle when one is planted", () => {
    const planted: Edge[] = [
      { from: join(SRC, "shared/a.ts"), to: join(SRC, "model/b.ts") },
      { from: join(SRC, "model/b.ts"), to: join(SRC, "shared/a.ts") },
      { from: join(SRC, "render/c.ts"), to: join(SRC, "media/d.ts") },
      { from: join(SRC, "live/e.ts"), to: join(SRC, "import/f.ts") },
    ];
    expect(againstTheOrder(planted)).toEqual(["shared/a.ts → model/b.ts", "live/e.ts → import/f.ts"]);
    expect(circles(planted)).toEqual([["model/b.ts", "shared/a.ts"]]);
  });
});
