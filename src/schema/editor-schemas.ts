/**
 * JSON Schema for every kind of content file, generated from the same zod
 * schemas that validate content. Editors use them (VS Code's YAML extension
 * reads the `# yaml-language-server: $schema=…` line) to complete keys and
 * flag mistakes while typing.
 */
import { relative, sep } from "node:path";
import * as z from "zod";
import { block } from "./blocks/index.ts";
import { report } from "./report.ts";
import { site } from "./site.ts";
import { themesFile } from "./themes.ts";
import { solution } from "./solution.ts";
import { DEPRECATIONS, type Deprecation } from "./deprecations.ts";

export const CONTENT_FILES = {
  site: { schema: site, file: "content/site.yaml", title: "site.yaml" },
  themes: { schema: themesFile, file: "content/themes.yaml", title: "themes.yaml" },
  solution: { schema: solution, file: "content/losninger/<id>.yaml", title: "Løsning" },
  report: { schema: report, file: "content/reports/<rapport>/report.yaml", title: "report.yaml" },
  block: { schema: block, file: "content/reports/<rapport>/*.yaml, <del>/index.yaml", title: "Blokkfiler" },
} as const;

export type ContentFileKind = keyof typeof CONTENT_FILES;

/** Where the schemas are kept, relative to the project. */
export const SCHEMA_DIR = "docs/schema";
export const schemaFile = (kind: ContentFileKind): string => `${SCHEMA_DIR}/${kind}.schema.json`;

/** Draft-07: the version editors' YAML support knows best. */
export function editorSchema(kind: ContentFileKind): Record<string, unknown> {
  const json = z.toJSONSchema(CONTENT_FILES[kind].schema, {
    io: "input",
    target: "draft-07",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  for (const d of DEPRECATIONS) addDeprecated(kind, json, d);
  return { ...json, title: CONTENT_FILES[kind].title };
}

type Json = Record<string, unknown>;

/**
 * An old key name in the editor's schema, marked `deprecated` (editors strike
 * it through) with the schema of its new name: the editor agrees with `check`,
 * which warns about it, instead of flagging it as unknown.
 */
function addDeprecated(kind: ContentFileKind, json: Json, d: Deprecation): void {
  const [file, blockKind] = d.file.split(":") as [string, string | undefined];
  if (file !== kind) return;
  let holders: Json[] = blockKind
    ? ((json.oneOf ?? []) as Json[]).filter((v) => (v.properties as Record<string, Json>).kind?.const === blockKind)
    : [json];
  for (const step of d.under) {
    holders = holders.flatMap((h) => {
      const next = step === "*" ? h.items : (h.properties as Record<string, Json> | undefined)?.[step];
      return next && typeof next === "object" ? [next as Json] : [];
    });
  }
  for (const holder of holders) {
    const properties = holder.properties as Record<string, Json>;
    const replacement = d.renamedTo ? properties[d.renamedTo] : undefined;
    properties[d.key] = {
      ...replacement,
      deprecated: true,
      description: d.renamedTo
        ? `Gammelt navn på «${d.renamedTo}» (til samling ${d.until}). «npm run check -- --fix» endrer det.`
        : `Brukes ikke lenger (til samling ${d.until}). «npm run check -- --fix» tar det bort.`,
    };
  }
}

/** Which schema a YAML file under content/ follows, from its path there ("reports/x/report.yaml" → report). */
export function contentFileKind(pathInContent: string): ContentFileKind | undefined {
  if (!/\.ya?ml$/.test(pathInContent)) return undefined;
  if (/^site\.ya?ml$/.test(pathInContent)) return "site";
  if (/^themes\.ya?ml$/.test(pathInContent)) return "themes";
  if (/^losninger\/[^/]+\.ya?ml$/.test(pathInContent)) return "solution";
  if (/^reports\/[^/]+\/report\.ya?ml$/.test(pathInContent)) return "report";
  return pathInContent.startsWith("reports/") ? "block" : undefined;
}

/** The comment that points an editor at a file's schema, from the folder the file is in. */
export function schemaComment(kind: ContentFileKind, fileDir: string, projectDir: string): string {
  const path = relative(fileDir, `${projectDir}/${schemaFile(kind)}`)
    .split(sep)
    .join("/");
  return `# yaml-language-server: $schema=${path}`;
}
