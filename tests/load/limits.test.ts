/**
 * One content file must not be able to stall a build: alias bombs, deep
 * nesting and huge files each get a located error, fast. The bound is the
 * test's own timeout (5 s), as the issue for it asks.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAliasExpansion } from "../../src/load/alias-budget.ts";
import { parseMarkdownFile, parseYamlFile } from "../../src/load/parse-file.ts";
import { readText } from "../../src/load/read-text.ts";
import { parseEvents } from "js-yaml";

const bomb = (levels: number) => {
  const lines = ["a: &a [x,x,x,x,x,x,x,x,x]"];
  for (let i = 1; i < levels; i++)
    lines.push(
      `l${i}: &l${i} [${Array(9)
        .fill(i === 1 ? "*a" : `*l${i - 1}`)
        .join(",")}]`,
    );
  return lines.join("\n") + "\n";
};

describe("bounded parsing", () => {
  it("stops a nine-level alias bomb at the alias that crosses the budget", { timeout: 5000 }, () => {
    const r = parseYamlFile("b.yaml", bomb(9));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problem).toMatchObject({ rule: "yaml/alias-expansion", line: 6, column: 10, params: { anchor: "l4" } });
  });
  it("stops the same bomb in front matter", { timeout: 5000 }, () => {
    const r = parseMarkdownFile("b.md", `---\n${bomb(9)}---\nTekst.\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.rule).toBe("yaml/alias-expansion");
  });
  it("lets a few handy aliases through", () => {
    const r = parseYamlFile("ok.yaml", "base: &b { role: Leder, count: 2 }\nroles: [*b, *b, *b]\n");
    expect(r.ok).toBe(true);
  });
  it("counts what aliases add, across levels", () => {
    // a is 4 values; each *a adds 3 (b: 6 added, b is 9 values); each *b adds 8 (c: 16 more, 22 in all).
    const source = "a: &a [1, 2, 3]\nb: &b [*a, *a]\nc: [*b, *b]\n";
    const events = parseEvents(source, {});
    expect(checkAliasExpansion(source, events, 22)).toEqual({ ok: true });
    expect(checkAliasExpansion(source, events, 21)).toMatchObject({
      ok: false,
      anchor: "b",
      added: 22,
      offset: source.lastIndexOf("*b"),
    });
    expect(checkAliasExpansion(source, events, 13)).toMatchObject({
      ok: false,
      anchor: "b",
      added: 14,
      offset: source.indexOf("*b"),
    });
  });
  it("answers 20,000 levels of nesting with a located error", { timeout: 5000 }, () => {
    const r = parseYamlFile("d.yaml", `kind: text\nbody: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toMatchObject({ rule: "yaml/syntax", line: 2 });
      expect(r.problem.frame!.split("\n").every((l) => l.length < 130)).toBe(true);
    }
  });
  it("answers 20,000 levels of block nesting too", { timeout: 5000 }, () => {
    const deep = Array.from({ length: 20_000 }, (_, i) => `${" ".repeat(i % 200)}- `).join("");
    const r = parseYamlFile("d.yaml", `items:\n  ${deep}x\n`);
    expect(r.ok).toBe(false);
  });
  it("refuses a 12 MB file before reading it", { timeout: 5000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "samling-big-"));
    const file = join(dir, "stor.yaml");
    writeFileSync(file, "kind: text\nbody: " + "x".repeat(12_000_000) + "\n");
    const r = readText(file, "stor.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ rule: "file/too-large", file: "stor.yaml" });
  });
});
