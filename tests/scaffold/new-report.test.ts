/** `samling new`: each shape makes a draft report that passes check --strict and builds. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { check } from "../../src/pipeline/check.ts";
import { projectDir } from "../../src/shared/project-dir.ts";
import { newReport, SHAPES, yamlString } from "../../src/scaffold/new-report.ts";

const freshContent = (): string => {
  const dir = join(mkdtempSync(join(tmpdir(), "samling-new-")), "content");
  mkdirSync(join(dir, "reports"), { recursive: true });
  writeFileSync(join(dir, "site.yaml"), "name: Kommunen\n");
  return dir;
};

describe("samling new", () => {
  for (const shape of SHAPES) {
    it(`makes a ${shape} report that passes check --strict, as a draft`, () => {
      const content = freshContent();
      const result = newReport({
        title: "Møte: «Sammen» om helse",
        date: "2025-05-20",
        shape,
        contentDir: content,
        projectDir,
      });
      if (!result.ok) throw new Error(result.error);
      expect(result.id).toBe("2025-05-20-mote-sammen-om-helse");
      expect(result.files.length).toBeGreaterThanOrEqual(5);
      const { diagnostics, model } = check(content, { strict: true, drafts: true });
      // Its only remarks are the reminders where the template's example text stands (template-examples.test.ts).
      expect(diagnostics.filter((d) => !(d.rule === "template/example-text" && d.draft))).toEqual([]);
      const report = model!.reports[0]!;
      expect(report).toMatchObject({ title: "Møte: «Sammen» om helse", date: "2025-05-20", status: "draft" });
      expect(report.blocks.length).toBeGreaterThanOrEqual(4);
      expect(check(content).model!.reports).toEqual([]);
    });
  }

  it("builds all three shapes side by side, each a page with its blocks", async () => {
    const content = freshContent();
    for (const [i, shape] of SHAPES.entries())
      newReport({ title: `Rapport ${i + 1}`, date: `2025-0${i + 1}-15`, shape, contentDir: content, projectDir });
    const out = join(content, "..", "_site");
    const result = await publishSite({ contentDir: content, outDir: out, drafts: true, strict: true });
    expect(result).toMatchObject({ ok: true, reports: 3 });
    for (const [i] of SHAPES.entries()) {
      const html = readFileSync(join(out, `2025-0${i + 1}-15-rapport-${i + 1}`, "index.html"), "utf8");
      expect(html).toContain(`<h1 class="report-header__title">Rapport ${i + 1}</h1>`);
      expect((html.match(/<section class="block /g) ?? []).length).toBeGreaterThanOrEqual(5);
    }
  });

  it("points every YAML file at its editor schema, by a path that exists", () => {
    const content = freshContent();
    const result = newReport({ title: "Besøk", date: "2025-01-02", shape: "visit", contentDir: content, projectDir });
    if (!result.ok) throw new Error(result.error);
    const yaml = result.files.filter((f) => f.endsWith(".yaml"));
    expect(yaml.some((f) => f.endsWith("02-innlegg/index.yaml"))).toBe(true);
    for (const file of yaml) {
      const path = /^# yaml-language-server: \$schema=(\S+)$/.exec(readFileSync(file, "utf8").split("\n")[0]!)?.[1];
      expect(path, file).toMatch(file.endsWith("report.yaml") ? /report\.schema\.json$/ : /block\.schema\.json$/);
      expect(existsSync(resolve(dirname(file), path!)), file).toBe(true);
    }
  });

  it("leaves an existing report alone, and refuses a date that does not exist", () => {
    const content = freshContent();
    const args = { title: "Møte", date: "2025-05-20", shape: "conference" as const, contentDir: content, projectDir };
    expect(newReport(args).ok).toBe(true);
    expect(newReport(args)).toMatchObject({ ok: false, error: "exists" });
    expect(newReport({ ...args, date: "2025-02-30" })).toMatchObject({ ok: false, error: "date" });
  });

  it("quotes a title only when YAML needs it", () => {
    expect(yamlString("Partnerskapsmøte i Agder")).toBe("Partnerskapsmøte i Agder");
    expect(yamlString("Møte: del 2")).toBe('"Møte: del 2"');
    expect(yamlString("«Sammen2035»")).toBe('"«Sammen2035»"');
  });
});
