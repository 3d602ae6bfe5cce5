import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/load/positions.ts";
import { parseYaml, pathKey } from "../../src/load/yaml.ts";

const src = [
  "title: Hei",
  "roles:",
  "  - role: A",
  "    count: 21",
  "  - {role: B, count: x}",
  "list: [1, 2]",
  "",
].join("\n");

function where(path: (string | number)[], part: "key" | "value" = "value") {
  const r = parseYaml(src, "x.yaml");
  if (!r.ok) throw new Error(r.reason);
  const hit = r.locations().get(pathKey(path));
  if (!hit) throw new Error(`no location for ${pathKey(path)}`);
  return new LineIndex(src).position(hit[part]);
}

describe("parseYaml", () => {
  it("builds the value from the same events it locates", () => {
    const r = parseYaml(src, "x.yaml");
    expect(r.ok && r.value).toEqual({
      title: "Hei",
      roles: [
        { role: "A", count: 21 },
        { role: "B", count: "x" },
      ],
      list: [1, 2],
    });
  });
  it("locates keys and values in block and flow style", () => {
    expect(where(["title"], "key")).toEqual({ line: 1, column: 1 });
    expect(where(["title"])).toEqual({ line: 1, column: 8 });
    expect(where(["roles", 0, "count"])).toEqual({ line: 4, column: 12 });
    expect(where(["roles", 1, "count"])).toEqual({ line: 5, column: 22 });
    expect(where(["list", 1])).toEqual({ line: 6, column: 11 });
  });
  it("keeps dates as text (YAML 1.2 core schema), so validation decides what a date is", () => {
    const r = parseYaml("date: 2024-10-25\n", "d.yaml");
    expect(r.ok && r.value).toEqual({ date: "2024-10-25" });
  });
  it("reports syntax errors with an offset", () => {
    expect(parseYaml("a: 1\n b: 2\n", "y")).toMatchObject({
      ok: false,
      reason: "bad indentation of a mapping entry",
      offset: 7,
    });
    expect(parseYaml("a: 1\na: 2\n", "y")).toMatchObject({ ok: false, reason: "duplicated mapping key" });
  });
  it("refuses alias bombs", () => {
    const bomb = [
      "a: &a [x, x]",
      ...Array.from({ length: 12 }, (_, i) => `b${i}: &b${i} [*${i ? `b${i - 1}` : "a"}, *${i ? `b${i - 1}` : "a"}]`),
    ].join("\n");
    const many = `${bomb}\n` + Array.from({ length: 120 }, (_, i) => `c${i}: *a`).join("\n");
    expect(parseYaml(many, "bomb.yaml").ok).toBe(false);
  });
});
