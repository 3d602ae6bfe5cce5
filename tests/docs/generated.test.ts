/**
 * docs/ is generated from the schemas and the rule list (npm run docs). These
 * tests keep the committed files current, the rule catalogue complete, and
 * the editor schemas true to what validation accepts.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { projectDir } from "../../src/shared/project-dir.ts";
import { dirname, resolve } from "node:path";
import { contentFileKind, editorSchema, schemaComment, type ContentFileKind } from "../../src/schema/editor-schemas.ts";
import { EXAMPLE_CONTENT, generatedDocs, samplesFrom } from "../../src/docs/generate.ts";
import { fieldRows } from "../../src/docs/field-reference.ts";
import { loadContent } from "../../src/load/load-content.ts";
import type { LoadedBlock } from "../../src/load/loaded.ts";
import { RULES } from "../../src/shared/rules-catalogue.ts";
import { blockData } from "../../src/validate/validate-content.ts";

const docs = generatedDocs(projectDir);

describe("generated docs", () => {
  for (const [file, text] of docs) {
    it(`${file} is current (npm run docs writes it)`, () => expect(readFileSync(join(projectDir, file), "utf8")).toBe(text));
  }

  it("show for each field an example its own schema accepts, without markup", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const rejected: string[] = [];
    const rowsOf = fieldRows(samplesFrom(EXAMPLE_CONTENT.map((d) => join(projectDir, d))));
    for (const { name, rows } of rowsOf) {
      for (const row of rows) {
        if (row.exampleValue === undefined) continue;
        if (!ajv.validate(row.schema, row.exampleValue)) rejected.push(`${name} ${row.key}: ${row.example}`);
        if (/[<>]/.test(row.example)) rejected.push(`${name} ${row.key}: markup ${row.example}`);
      }
    }
    expect(rowsOf.flatMap((r) => r.rows).filter((r) => r.exampleValue !== undefined).length).toBeGreaterThan(150);
    expect(rejected).toEqual([]);
  });

  it("give every field of every content file a meaning and an example", () => {
    const rows = docs.get("docs/fields.md")!.split("\n").filter((l) => l.startsWith("| `"));
    expect(rows.length).toBeGreaterThan(150);
    expect(rows.filter((r) => r.split(" | ")[3]!.trim() === "")).toEqual([]);
    expect(rows.filter((r) => !/\| `[^`]+` \|$/.test(r))).toEqual([]);
  });
});

describe("the rule catalogue", () => {
  /** Rule ids written in the stages that report problems. */
  const emitted = (): Set<string> => {
    const found = new Set<string>();
    for (const dir of ["src/load", "src/schema", "src/validate"]) {
      for (const file of readdirSync(dir, { recursive: true }).map(String)) {
        // The wording, and the editors' schemas (which name the folder docs/schema), report no problems.
        if (!file.endsWith(".ts") || file.startsWith("messages") || file === "editor-schemas.ts") continue;
        for (const m of readFileSync(join(dir, file), "utf8").matchAll(/"([a-z]+\/[a-z][a-z-]*)"/g)) found.add(m[1]!);
      }
    }
    // The one problem not about content: a damaged cache entry, found by whichever stage keeps the cache.
    for (const m of readFileSync("src/shared/cache-damage.ts", "utf8").matchAll(/"([a-z]+\/[a-z][a-z-]*)"/g))
      found.add(m[1]!);
    return found;
  };

  it("lists exactly the rules the code can emit", () => {
    expect([...emitted()].sort()).toEqual(Object.keys(RULES).sort());
  });

  it("documents every rule with its id, severity and messages in both languages", () => {
    const catalogue = docs.get("docs/rules.md")!;
    for (const rule of Object.keys(RULES)) {
      expect(catalogue).toContain(`## ${rule}\n`);
      expect(catalogue).toMatch(new RegExp(`\\| \\[\`${rule}\`\\]\\(#[^)]+\\) \\| (feil|advarsel) \\| .+ \\|`));
    }
  });
});

describe("editor JSON Schemas", () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validator = (kind: ContentFileKind) => ajv.compile(editorSchema(kind));
  const blocks = (list: LoadedBlock[]): LoadedBlock[] => list.flatMap((b) => [b, ...blocks(b.children ?? [])]);

  it("accept every YAML file of the bundled content and the every-block fixture", () => {
    for (const dir of ["content", "tests/fixtures/valid/content"]) {
      const loaded = loadContent(dir);
      expect(validator("site")(loaded.site!.data), `${dir} site`).toBe(true);
      expect(validator("themes")(loaded.themes!.data), `${dir} themes`).toBe(true);
      const block = validator("block");
      for (const r of loaded.reports) {
        expect(validator("report")(r.meta.data), r.meta.file).toBe(true);
        for (const b of blocks(r.blocks)) expect(block(blockData(b.doc, b.children !== undefined)), `${b.doc.file}: ${ajv.errorsText(block.errors)}`).toBe(true);
      }
    }
  });

  it("are named on the first line of every bundled YAML file, for the editor", () => {
    const files = readdirSync("content", { recursive: true }).map(String).filter((f) => contentFileKind(f));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const first = readFileSync(join("content", f), "utf8").split("\n")[0];
      expect(first, f).toBe(schemaComment(contentFileKind(f)!, resolve(dirname(join("content", f))), projectDir));
    }
  });

  it("accept an old key name as check does, marked deprecated for the editor to strike through", () => {
    const schema = editorSchema("block");
    const groupTask = (schema.oneOf as { properties: Record<string, { const?: string; deprecated?: boolean }> }[]).find(
      (v) => v.properties.kind!.const === "group-task",
    )!;
    expect(groupTask.properties.measuresTitle!.deprecated).toBe(true);
    expect(groupTask.properties.measuresHeading!.deprecated).toBeUndefined();
    expect(validator("block")({ kind: "group-task", question: "Hva nå?", measuresTitle: "Tiltak" })).toBe(true);
  });

  it("flag the mistakes validation flags: an unknown key, a missing field, a wrong kind", () => {
    const block = validator("block");
    expect(block({ kind: "quote", text: "Sitat.", woh: "Noen" })).toBe(false);
    expect(block({ kind: "questions", parts: [{ id: "a", name: "A" }] })).toBe(false);
    expect(block({ kind: "qestions" })).toBe(false);
    expect(validator("report")({ title: "T", status: "publisert" })).toBe(false);
  });
});
