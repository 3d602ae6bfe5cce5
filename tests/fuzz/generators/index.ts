/**
 * Generators for the pipeline fuzzer: whole content folders (site.yaml,
 * themes.yaml, report folders with blocks and sections) built from the real
 * schemas (src/schema/), then, per family, broken in a different way.
 *
 * One file per concern, each importing only from the ones above it (no cycles):
 *
 * - leaves.ts:     words, texts, ids, dates, counts, cells — the values files
 *                  are filled with, safe and mixed;
 * - shapes.ts:     the shape of every block kind, and of report.yaml;
 * - spec.ts:       a whole content folder as data, its YAML styles, and writing
 *                  it out as files;
 * - structured.ts, bytes.ts, yaml.ts, markdown.ts: one breaking family each;
 * - families.ts:   the family list, the valid family, and a case of any family.
 *
 * This file re-exports what the fuzzer (run.ts) and its test (pipeline.test.ts)
 * use.
 *
 * Everything here is pure: a generated value is never mutated, so fast-check
 * can shrink and replay it.
 */
export { FAMILIES, familyCase, fuzzCase, type Family } from "./families.ts";
export { laughs } from "./yaml.ts";
