/**
 * The families, and a case of any of them. Each family starts from a content
 * spec (spec.ts) and breaks it in its own way (one file each):
 *
 * - valid:      valid shapes of every block kind with odd-but-legal texts (æøå,
 *               leading digits, Markdown, HTML, very long lines) — these reach
 *               the model and render stages; the spec written out as it is, so
 *               it is defined here;
 * - structured: wrong types, missing and extra keys (structured.ts);
 * - bytes:      files corrupted at the byte level (bytes.ts);
 * - yaml:       YAML features: aliases, tags, nesting (yaml.ts);
 * - markdown:   Markdown files with odd front matter and bodies (markdown.ts).
 *
 * The weights in `fuzzCase` are part of what a seed means: change them, or any
 * arbitrary in these files, and old seeds replay as different cases.
 */
import fc from "fast-check";
import type { FuzzCase } from "../pipeline.ts";
import { bytesCase } from "./bytes.ts";
import { mdCase } from "./markdown.ts";
import { toFiles, validSpec } from "./spec.ts";
import { structuredCase } from "./structured.ts";
import { yamlCase } from "./yaml.ts";

export const FAMILIES = ["valid", "structured", "bytes", "yaml", "markdown"] as const;
export type Family = (typeof FAMILIES)[number];

const validCase: fc.Arbitrary<FuzzCase> = validSpec.map((spec) => ({
  family: "valid",
  files: toFiles(spec),
  drafts: spec.drafts,
}));

const families: Record<Family, fc.Arbitrary<FuzzCase>> = {
  valid: validCase,
  structured: structuredCase,
  bytes: bytesCase,
  yaml: yamlCase,
  markdown: mdCase,
};

/** One case of any family; the weights give about a quarter valid content, which reaches the model and render stages. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { arbitrary: families.valid, weight: 25 },
  { arbitrary: families.structured, weight: 25 },
  { arbitrary: families.bytes, weight: 20 },
  { arbitrary: families.yaml, weight: 15 },
  { arbitrary: families.markdown, weight: 15 },
);

export const familyCase = (family: Family): fc.Arbitrary<FuzzCase> => families[family];
