/**
 * Everything in docs/ that is generated: the editor JSON Schemas, the field
 * reference and the rule catalogue. `npm run docs` writes them; a test checks
 * that what is committed is what this produces.
 */
import { join } from "node:path";
import { loadContent } from "../load/load-content.ts";
import type { LoadedBlock } from "../load/loaded.ts";
import { blockData } from "../validate/validate-content.ts";
import { CONTENT_FILES, editorSchema, schemaFile, type ContentFileKind } from "../schema/editor-schemas.ts";
import { fieldReference, type Samples } from "./field-reference.ts";
import { ruleCatalogue } from "./rule-catalogue.ts";

/** The example content the field reference takes its examples from: the bundled reports, then the fixture with every block kind. */
export const EXAMPLE_CONTENT = ["content", "tests/fixtures/valid/content"];

export function samplesFrom(dirs: string[]): Samples {
  const samples: Samples = { site: [], themes: [], solution: [], report: [], block: [] };
  const blocks = (list: LoadedBlock[]): unknown[] => list.flatMap((b) => [blockData(b.doc, b.children !== undefined), ...blocks(b.children ?? [])]);
  for (const dir of dirs) {
    const loaded = loadContent(dir);
    if (loaded.site) samples.site.push(loaded.site.data);
    if (loaded.themes) samples.themes.push(loaded.themes.data);
    samples.solution.push(...loaded.solutions.map((s) => s.data));
    for (const r of loaded.reports) {
      samples.report.push(r.meta.data);
      samples.block.push(...blocks(r.blocks));
    }
  }
  return samples;
}

export function generatedDocs(projectDir: string): Map<string, string> {
  const docs = new Map<string, string>();
  for (const kind of Object.keys(CONTENT_FILES) as ContentFileKind[]) docs.set(schemaFile(kind), `${JSON.stringify(editorSchema(kind), null, 2)}\n`);
  docs.set("docs/fields.md", fieldReference(samplesFrom(EXAMPLE_CONTENT.map((d) => join(projectDir, d)))));
  docs.set("docs/rules.md", ruleCatalogue());
  return docs;
}
