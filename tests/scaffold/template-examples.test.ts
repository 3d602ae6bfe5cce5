/**
 * Nothing from a template gets published. Every text a report shape writes
 * is classified — example text or a default a report may keep — and `check`
 * finds every example where the shape wrote it: a reminder in the draft
 * (which --strict lets pass), an error at the same line once it is published.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/load/load-content.ts";
import type { LoadedBlock } from "../../src/load/loaded.ts";
import type { SourceDoc } from "../../src/load/source-doc.ts";
import { reportYaml } from "../../src/import/import-docx.ts";
import { check } from "../../src/pipeline/check.ts";
import { newReport, SHAPES } from "../../src/scaffold/new-report.ts";
import { hasErrors } from "../../src/shared/diagnostic.ts";
import { projectDir } from "../../src/shared/project-dir.ts";
import { TEMPLATE_DEFAULTS, TEMPLATE_EXAMPLES } from "../../src/validate/template-examples.ts";
import { keyOf } from "../../src/validate/rules/template-text.ts";
import { textValues } from "../../src/validate/text-values.ts";

const TITLE = "Partnerskapsmøte om helse";
const DATE = "2025-05-20";

function made(shape: (typeof SHAPES)[number]) {
  const content = join(mkdtempSync(join(tmpdir(), "samling-template-")), "content");
  mkdirSync(join(content, "reports"), { recursive: true });
  writeFileSync(join(content, "site.yaml"), "name: Kommunen\n");
  const result = newReport({ title: TITLE, date: DATE, shape, contentDir: content, projectDir });
  if (!result.ok) throw new Error(result.error);
  const loaded = loadContent(content).reports[0]!;
  const docs: SourceDoc[] = [loaded.meta];
  const walk = (blocks: readonly LoadedBlock[]): void =>
    blocks.forEach((b) => {
      docs.push(b.doc);
      walk(b.children ?? []);
    });
  walk(loaded.blocks);
  return { content, id: result.id, docs };
}

/** Every text the shape wrote, with its key and line; values made from the title, date and id are the writer's. */
function textsOf(docs: readonly SourceDoc[], id: string) {
  const out: Array<{ key: string; text: string; where: string }> = [];
  for (const doc of docs) {
    for (const [text, path] of textValues(doc.data)) {
      if (text === TITLE || text === DATE || text.includes(id)) continue;
      const key = keyOf(path)!;
      if (key === "kind") continue; // the block's kind is structure, not text
      out.push({ key, text, where: `${doc.file}:${doc.position(path).line}` });
    }
    for (const [i, line] of (doc.body?.text.split("\n") ?? []).entries()) {
      if (line.trim()) out.push({ key: "body", text: line.trim(), where: `${doc.file}:${doc.body!.line + i}` });
    }
  }
  return out;
}

const isExample = (t: { key: string; text: string }) => TEMPLATE_EXAMPLES[t.key]?.includes(t.text) ?? false;

describe.each(SHAPES)("the %s shape's example text", (shape) => {
  const { content, id, docs } = made(shape);
  const texts = textsOf(docs, id);
  const examples = [...new Set(texts.filter(isExample).map((t) => t.where))].sort();
  const found = (diagnostics: ReturnType<typeof check>["diagnostics"]) =>
    [
      ...new Set(diagnostics.filter((d) => d.rule === "template/example-text").map((d) => `${d.file}:${d.line}`)),
    ].sort();

  it("is all known: each text it writes is an example or a default", () => {
    const unknown = texts.filter((t) => !isExample(t) && !(TEMPLATE_DEFAULTS[t.key]?.includes(t.text) ?? false));
    expect(unknown).toEqual([]);
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it("is a reminder at each line in the draft, and check --strict passes", () => {
    const { diagnostics } = check(content, { strict: true, drafts: true });
    expect(found(diagnostics)).toEqual(examples);
    expect(diagnostics.filter((d) => d.rule === "template/example-text").every((d) => d.severity === "warning")).toBe(
      true,
    );
    expect(hasErrors(diagnostics)).toBe(false);
  });

  it("is an error at each line once the report is published without edits", () => {
    const meta = join(content, "reports", id, "report.yaml");
    writeFileSync(meta, readFileSync(meta, "utf8").replace("status: draft", "status: published"));
    const { diagnostics, model } = check(content);
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(found(errors)).toEqual(examples);
    expect(errors.every((d) => d.rule === "template/example-text")).toBe(true);
    expect(model).toBeUndefined();
  });
});

describe("an imported report's placeholders", () => {
  it("are errors at each line once uncommented and published without edits", () => {
    const content = join(mkdtempSync(join(tmpdir(), "samling-template-")), "content");
    const dir = join(content, "reports", "2023-03-15-evaluering");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(content, "site.yaml"), "name: Kommunen\n");
    const written = reportYaml({
      title: "Evaluering av hverdagsrehabilitering",
      date: "2023-03-15",
      dateNote: "sjekk datoen",
      source: "evaluering.docx",
    });
    // The writer takes the «#» away from every placeholder line and publishes.
    const placeholders = ["# place:", "# organisers:", "#   - ", "# theme:", "# summary:", "#   To–tre"];
    const text = written
      .split("\n")
      .map((line) => (placeholders.some((p) => line.startsWith(p)) ? line.slice(2) : line))
      .join("\n")
      .replace("status: draft", "status: published");
    writeFileSync(join(dir, "report.yaml"), text);
    writeFileSync(join(dir, "01-innledning.md"), "Kommunen evaluerte tilbudet i 2022.\n");
    const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    const errors = check(content).diagnostics.filter(
      (d) => d.rule === "template/example-text" && d.severity === "error",
    );
    expect(errors.map((d) => d.line).sort((a, b) => a - b)).toEqual(
      [lineOf("place: Sted"), lineOf("- Arrangøren"), lineOf("theme: Møtets tema"), lineOf("To–tre setninger")].sort(
        (a, b) => a - b,
      ),
    );
  });
});
