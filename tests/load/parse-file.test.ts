import { describe, expect, it } from "vitest";
import { parseMarkdownFile } from "../../src/load/parse-file.ts";

describe("parseMarkdownFile", () => {
  it("locates front-matter values on their line in the whole file", () => {
    const r = parseMarkdownFile("a.md", "---\ntitle: Hei\nid: x\n---\n\nBody\n");
    if (!r.ok) throw new Error("parse failed");
    expect(r.doc.data).toEqual({ title: "Hei", id: "x" });
    expect(r.doc.position(["id"])).toEqual({ line: 3, column: 5 });
    expect(r.doc.body).toEqual({ text: "\nBody\n", line: 5 });
  });
  it("reports bad front matter at its line in the file", () => {
    const r = parseMarkdownFile("b.md", "---\ntitle: Hei\n  bad: [\n---\nbody");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ rule: "yaml/syntax", line: 3 });
  });
  it("treats a file without front matter as all body", () => {
    const r = parseMarkdownFile("c.md", "Bare tekst.\n");
    expect(r.ok && r.doc.body).toEqual({ text: "Bare tekst.\n", line: 1 });
  });
});
