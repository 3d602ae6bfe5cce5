/**
 * serve's content, kept between saves and read again only where a save
 * touched it, must say exactly what `samling check` says of the whole folder
 * as it is then: the same problems, the same model. A sequence of saves a
 * writer makes — text, a broken file and its fix, a new report, a removed one,
 * the themes, the site — each compared with a check from scratch.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { LiveContent } from "../../src/live/live-content.ts";
import { contentCopy } from "./content-copy.ts";

const OPTIONS = { drafts: true, preview: true };
const REPORT = "reports/2024-03-01-alle-blokker";

describe("content kept between saves", () => {
  const { dir, edit } = contentCopy(["tests/fixtures/print/content/reports/lang-rapport"]);
  const live = new LiveContent(dir, OPTIONS);
  const fresh = () => check(dir, OPTIONS);
  const save = (...paths: string[]) => live.update(paths.map((p) => join(dir, p)));

  it("starts as check does", () => {
    const result = live.result();
    expect(result.model?.reports.length).toBeGreaterThan(2);
    expect(result).toEqual(fresh());
  });

  it("follows an edit to one block's text", () => {
    edit(`${REPORT}/12-slutt.yaml`, /text: .*/, "text: Takk for nå, sa ordføreren.");
    save(`${REPORT}/12-slutt.yaml`);
    const result = live.result();
    expect(JSON.stringify(result.model)).toContain("Takk for nå, sa ordføreren.");
    expect(result).toEqual(fresh());
  });

  it("reports a file broken by a save, with the rest of the content's problems, and recovers when it is fixed", () => {
    const file = `${REPORT}/12-slutt.yaml`;
    const before = readFileSync(join(dir, file), "utf8");
    writeFileSync(join(dir, file), "kind: closing\ntext: [ikke lukket\n");
    save(file);
    const broken = live.result();
    expect(broken.model).toBeUndefined();
    expect(broken.diagnostics.some((d) => d.file.endsWith(file) && d.severity === "error")).toBe(true);
    expect(broken).toEqual(fresh());
    writeFileSync(join(dir, file), before);
    save(file);
    expect(live.result()).toEqual(fresh());
    expect(live.result().model).toBeDefined();
  });

  it("follows footnotes and citations edited in a long report", () => {
    const chapter = "reports/lang-rapport/02-del-1/01-innledning.md";
    const text = readFileSync(join(dir, chapter), "utf8");
    writeFileSync(
      join(dir, chapter),
      text.replace(/\n\n/, " Ny setning med en fotnote.[^ny-note]\n\n") + "\n[^ny-note]: En ny fotnote.\n",
    );
    save(chapter);
    expect(live.result()).toEqual(fresh());
  });

  it("takes in a new report folder and lets go of a removed one", () => {
    cpSync(join(dir, REPORT), join(dir, "reports/2024-04-01-kopi"), { recursive: true });
    edit("reports/2024-04-01-kopi/report.yaml", /^title: .*/m, "title: En kopi");
    save("reports/2024-04-01-kopi", "reports/2024-04-01-kopi/report.yaml");
    const added = live.result();
    expect(added.model?.reports.map((r) => r.title)).toContain("En kopi");
    expect(added).toEqual(fresh());
    rmSync(join(dir, "reports/2024-04-01-kopi"), { recursive: true });
    save("reports/2024-04-01-kopi/report.yaml", "reports/2024-04-01-kopi");
    expect(live.result()).toEqual(fresh());
    // A new folder told of only by a file in it (the watcher may report the file before, or without, its folder).
    cpSync(join(dir, REPORT), join(dir, "reports/2024-05-01-ny"), { recursive: true });
    edit("reports/2024-05-01-ny/report.yaml", /^title: .*/m, "title: En ny");
    save("reports/2024-05-01-ny/report.yaml");
    expect(live.result().model?.reports.map((r) => r.title)).toContain("En ny");
    expect(live.result()).toEqual(fresh());
  });

  it("follows the themes file: a removed theme makes every use of it a located error", () => {
    const themes = readFileSync(join(dir, "themes.yaml"), "utf8");
    writeFileSync(join(dir, "themes.yaml"), themes.replace(/  - id: kunnskapsdeling\n(    .*\n)+/, ""));
    save("themes.yaml");
    try {
      const result = live.result();
      expect(result.diagnostics.filter((d) => d.rule === "ref/unknown-theme").length).toBeGreaterThan(1);
      expect(result).toEqual(fresh());
    } finally {
      writeFileSync(join(dir, "themes.yaml"), themes);
      save("themes.yaml");
    }
    expect(live.result().model).toBeDefined();
    expect(live.result()).toEqual(fresh());
  });

  it("follows a theme's new name into the reports that use it (kept report models are made again)", () => {
    edit("themes.yaml", "nb: Kunnskapsdeling,", "nb: Deling av kunnskap,");
    save("themes.yaml");
    const result = live.result();
    const report = result.model?.reports.find((r) => r.id === "2024-03-01-alle-blokker");
    expect(report?.themes.map((t) => t.name)).toContain("Deling av kunnskap");
    expect(result).toEqual(fresh());
  });

  it("follows the solutions: a renamed solution file makes its mentions located errors; renamed back, they are fine, and a new name shows", () => {
    const [from, to] = [join(dir, "losninger/folkemoter.yaml"), join(dir, "losninger/folkemote.yaml")];
    const text = readFileSync(from, "utf8");
    rmSync(from);
    writeFileSync(to, text);
    save("losninger/folkemoter.yaml", "losninger/folkemote.yaml");
    const broken = live.result();
    expect(broken.diagnostics.map((d) => [d.rule, d.params.suggestion])).toContainEqual([
      "ref/unknown-solution",
      "folkemote",
    ]);
    expect(broken).toEqual(fresh());
    rmSync(to);
    writeFileSync(from, text.replace(/^name: .*/m, "name: Folkemøtet"));
    save("losninger/folkemoter.yaml", "losninger/folkemote.yaml");
    const fixed = live.result();
    expect(fixed.model?.solutionsById.folkemoter?.name).toBe("Folkemøtet");
    expect(fixed.model?.solutionsById.folkemoter?.mentions.length).toBeGreaterThan(0);
    expect(fixed).toEqual(fresh());
  });

  it("follows the site file into every report's model", () => {
    edit("site.yaml", /^name: .*/m, "name: Nytt navn på nettstedet");
    save("site.yaml");
    const result = live.result();
    expect(result.model?.site.name).toBe("Nytt navn på nettstedet");
    expect(result).toEqual(fresh());
  });
});
