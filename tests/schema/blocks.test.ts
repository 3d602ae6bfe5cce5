/** A block kind is a schema, a template and a test: this keeps the three together. */
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import type { BlockModel } from "../../src/model/types.ts";
import { blockKinds } from "../../src/schema/blocks/index.ts";

describe("block kinds", () => {
  it("each has a template", () => {
    for (const kind of blockKinds) expect(existsSync(`layouts/parts/blocks/${kind}.njk`), kind).toBe(true);
  });
  it("each template belongs to a kind (partials start with _)", () => {
    const templates = readdirSync("layouts/parts/blocks")
      .filter((f) => !f.startsWith("_"))
      .map((f) => f.replace(/\.njk$/, ""));
    expect(templates.sort()).toEqual([...blockKinds].sort());
  });
  it("each is used by the fixture that the build tests render", () => {
    const model = check("tests/fixtures/valid/content").model!;
    const used = new Set<string>();
    const walk = (blocks: BlockModel[]) => blocks.forEach((b) => (used.add(b.kind), walk(b.children)));
    model.reports.forEach((r) => walk(r.blocks));
    expect([...used].sort()).toEqual([...blockKinds].sort());
  });
});
