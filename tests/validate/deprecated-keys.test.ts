/**
 * Old key names (validate/deprecated-keys.ts): read as their new names, each a
 * warning at the key with an edit that changes the name alone — or, for a key
 * that is gone, its own lines — so a fixed file keeps its comments and layout.
 */
import { describe, expect, it } from "vitest";
import { parseMarkdownFile, parseYamlFile } from "../../src/load/parse-file.ts";
import type { SourceDoc } from "../../src/load/source-doc.ts";
import { DEPRECATIONS, type Deprecation } from "../../src/schema/deprecations.ts";
import { strict } from "../../src/shared/diagnostic.ts";
import { applyTextEdits } from "../../src/shared/text-edits.ts";
import { readDeprecatedKeys } from "../../src/validate/deprecated-keys.ts";

const yaml = (text: string): SourceDoc => {
  const parsed = parseYamlFile("content/reports/r/01-a.yaml", text);
  if (!parsed.ok) throw new Error("test YAML does not parse");
  return parsed.doc;
};

/** The file's text after the fixes the problems carry. */
const fixed = (doc: SourceDoc, problems: ReturnType<typeof readDeprecatedKeys>["problems"]): string => {
  const result = applyTextEdits(
    doc.text,
    problems.flatMap((p) => (p.fix ? [p.fix] : [])),
  );
  if (!result.ok) throw new Error("overlapping edits");
  return result.text;
};

const TABLE: Deprecation[] = [
  { file: "block:poll", under: [], key: "svar", renamedTo: "answers", since: "1.2.0", until: "2.0.0" },
  { file: "block:poll", under: [], key: "chart", since: "1.2.0", until: "2.0.0" },
  { file: "report", under: ["organisers", "*"], key: "navn", renamedTo: "name", since: "1.2.0", until: "2.0.0" },
];

describe("a renamed key", () => {
  const text = [
    "kind: poll",
    "# Spørsmålet slik det ble stilt",
    "question: Hvor enig er du?",
    "svar: # fra Mentimeter",
    "  - { label: Enig, count: 3 }",
    "total: 3",
    "",
  ].join("\n");

  it("is read as its new name, in its place, and the file's data is left as it was", () => {
    const doc = yaml(text);
    const { data } = readDeprecatedKeys(doc, doc.data, "block", TABLE);
    expect(Object.keys(data as object)).toEqual(["kind", "question", "answers", "total"]);
    expect((doc.data as Record<string, unknown>).svar).toBeDefined();
  });

  it("is a warning at the key that names the new one and the versions", () => {
    const doc = yaml(text);
    const [problem, ...rest] = readDeprecatedKeys(doc, doc.data, "block", TABLE).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      line: 4,
      column: 1,
      severity: "warning",
      rule: "schema/deprecated-key",
      params: { key: "svar", replacement: "answers", since: "1.2.0", until: "2.0.0" },
    });
  });

  it("is fixed by changing its name alone: comments, order and the rest stay", () => {
    const doc = yaml(text);
    expect(fixed(doc, readDeprecatedKeys(doc, doc.data, "block", TABLE).problems)).toBe(
      text.replace("svar: # fra", "answers: # fra"),
    );
  });

  it("is found in every item of a list (`*`), quoted or not", () => {
    const source = [
      "title: Møte",
      "organisers:",
      '  - "navn": Agder kommune',
      "  - { navn: 'Helse Sør-Øst', url: https://example.no }",
      "",
    ].join("\n");
    const doc = yaml(source);
    const { data, problems } = readDeprecatedKeys(doc, doc.data, "report", TABLE);
    expect((data as { organisers: unknown[] }).organisers).toEqual([
      { name: "Agder kommune" },
      { name: "Helse Sør-Øst", url: "https://example.no" },
    ]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 6],
      [4, 7],
    ]);
    expect(fixed(doc, problems)).toBe(source.replaceAll("navn", "name"));
  });

  it("in a Markdown file's front matter is fixed at its place in the whole file", () => {
    const source = "---\nkind: poll\nquestion: Enig?\nsvar: []\n---\n\nTeksten under, med ordet svar.\n";
    const parsed = parseMarkdownFile("content/reports/r/02-b.md", source);
    if (!parsed.ok) throw new Error("test Markdown does not parse");
    const doc = parsed.doc;
    const { problems } = readDeprecatedKeys(doc, doc.data, "block", TABLE);
    expect(problems[0]).toMatchObject({ line: 4, column: 1 });
    expect(fixed(doc, problems)).toBe(source.replace("svar: []", "answers: []"));
  });

  it("beside its new name is an error, reported once (not also as an unknown key)", () => {
    const doc = yaml("kind: poll\nquestion: Enig?\nsvar: []\nanswers: []\n");
    const { data, problems } = readDeprecatedKeys(doc, doc.data, "block", TABLE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: "schema/deprecated-key-conflict", severity: "error", line: 3 });
    expect(problems[0]!.fix).toBeUndefined();
    expect(Object.keys(data as object)).toEqual(["kind", "question", "answers"]);
  });

  it("counts only in the files the table names: another kind's key of that name is its own", () => {
    const doc = yaml("kind: quote\ntext: Sitat\nsvar: ja\n");
    expect(readDeprecatedKeys(doc, doc.data, "block", TABLE)).toEqual({ data: doc.data, problems: [] });
  });
});

describe("a removed key", () => {
  it("is dropped from the data and fixed by removing its lines, its value's lines with it", () => {
    const source = [
      "kind: poll",
      "question: Hvor enig er du?",
      "chart:",
      "  type: bar",
      "",
      "  # stolper",
      "  colour: blue",
      "",
      "# Svarene",
      "answers: []",
      "",
    ].join("\n");
    const doc = yaml(source);
    const { data, problems } = readDeprecatedKeys(doc, doc.data, "block", TABLE);
    expect(Object.keys(data as object)).toEqual(["kind", "question", "answers"]);
    expect(problems[0]).toMatchObject({ rule: "schema/deprecated-key", params: { key: "chart", replacement: "" } });
    expect(fixed(doc, problems)).toBe(
      ["kind: poll", "question: Hvor enig er du?", "", "# Svarene", "answers: []", ""].join("\n"),
    );
  });

  it("is left to the writer when it shares its line: after a list's dash, or inside { }", () => {
    const source = [
      "title: Møte",
      "organisers:",
      "  - kontakt: Kari",
      "    name: Agder kommune",
      "  - name: Helse Sør-Øst",
      "    kontakt: Ola",
      "  - { name: Lister, kontakt: Per }",
      "",
    ].join("\n");
    const doc = yaml(source);
    const { data, problems } = readDeprecatedKeys(doc, doc.data, "report", [
      { file: "report", under: ["organisers", "*"], key: "kontakt", since: "1.2.0", until: "2.0.0" },
    ]);
    expect((data as { organisers: unknown[] }).organisers).toEqual([
      { name: "Agder kommune" },
      { name: "Helse Sør-Øst" },
      { name: "Lister" },
    ]);
    expect(problems.map((p) => [p.line, Boolean(p.fix)])).toEqual([
      [3, false],
      [6, true],
      [7, false],
    ]);
    expect(fixed(doc, problems)).toBe(source.replace("    kontakt: Ola\n", ""));
  });
});

describe("the deprecation table", () => {
  it("names each replacement as a key its schema knows, and versions in order", async () => {
    const { allowedKeys } = await import("../../src/validate/schema-walk.ts");
    const { block } = await import("../../src/schema/blocks/index.ts");
    for (const d of DEPRECATIONS) {
      expect(d.file.startsWith("block:"), "only block kinds are deprecated so far").toBe(true);
      const kind = d.file.slice("block:".length);
      const keys = allowedKeys(block, [], { kind });
      if (d.renamedTo) expect(keys).toContain(d.renamedTo);
      expect(keys).not.toContain(d.key);
      const version = (v: string) => v.split(".").reduce((sum, part) => sum * 1000 + Number(part), 0);
      expect(version(d.since)).toBeLessThan(version(d.until));
    }
  });

  it("leaves an old name a warning under --strict, so a site's CI goes on after an update", () => {
    const doc = yaml("kind: poll\nsvar: []\n");
    const { problems } = readDeprecatedKeys(doc, doc.data, "block", TABLE);
    expect(strict(problems).map((p) => p.severity)).toEqual(["warning"]);
  });
});
