/**
 * The three bundled reports, built as a fresh clone builds them: every report
 * page exists and keeps at least 97 % of its source report's text, measured
 * by the project's fidelity tool against each report's own folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { headingLevels, htmlFiles, read, skippedHeadings } from "../helpers/html.ts";

const shared = join("..", "shared");
const reports = [
  { folder: "2025-aldersvennlig-forventningsgap", seed: "000_5b8fd6583c494a64.txt" },
  { folder: "2025-05-20-nordre-follo-sammen2035", seed: "001_a847713785e80a73.txt" },
  { folder: "2024-10-25-agder-partnerskapsmote", seed: "002_4a61705276aa5201.txt" },
];

let out: string;
beforeAll(async () => {
  out = await buildInto("content");
});

describe("bundled reports", () => {
  it("are all built, with the archive listing them newest first", () => {
    const reportPages = htmlFiles(out).filter(
      (f) => !/^(ar|arrangor|sok|neste-steg|tema|losninger|oversikt)\//.test(f),
    );
    expect(reportPages).toEqual([...reports.map((r) => `${r.folder}/index.html`).sort(), "index.html"]);
    // The cards' links in the order they stand: newest first.
    const cards = [...read(out, "index.html").matchAll(/<h2 class="report-card__title"><a href="\/([^"]+)\/">/g)].map(
      (m) => m[1],
    );
    expect(cards).toEqual([
      "2025-aldersvennlig-forventningsgap",
      "2025-05-20-nordre-follo-sammen2035",
      "2024-10-25-agder-partnerskapsmote",
    ]);
  });

  it("carry none of serve's preview aids in a production build: no print preview pages or links, no live reload", () => {
    for (const { folder } of reports) {
      expect(existsSync(join(out, folder, "utskrift"))).toBe(false);
      const page = read(out, `${folder}/index.html`);
      expect(page).not.toContain("utskrift/");
      expect(page).not.toContain("__samling");
    }
  });

  it("draw the Agder participant table and its three polls as charts", () => {
    const html = read(out, "2024-10-25-agder-partnerskapsmote/index.html");
    const titles = [...html.matchAll(/<title id="[^"]+">([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(["Deltakere etter rolle", ...Array(3).fill("Hvor mange av deltakerne som svarte")]);
    expect(html).toContain("Svarte: 50; Deltakere: 88");
  });

  it("show participants and questions on their archive cards", () => {
    const archive = read(out, "index.html");
    expect(archive).toContain("<span>88 deltakere</span>");
    expect(archive).toContain("<span>6 spørsmål</span>");
  });

  it("can be browsed by year and by organiser, as static pages", () => {
    expect(htmlFiles(out).filter((f) => /^(ar|arrangor)\//.test(f))).toEqual([
      "ar/2024/index.html",
      "ar/2025/index.html",
      "arrangor/helsefellesskapet-agder/index.html",
      "arrangor/nordre-follo-kommune/index.html",
      "arrangor/senter-for-et-aldersvennlig-norge/index.html",
    ]);
    const year = read(out, "ar/2025/index.html");
    expect(year).toContain("Framtidseksperimentet 2035");
    expect(year).not.toContain("Oppsummering av partnerskapsmøte</a>");
    expect(year).toMatch(/<a href="\/ar\/2025\/" aria-current="page">2025 \(2\)<\/a>/);
    const organiser = read(out, "arrangor/helsefellesskapet-agder/index.html");
    expect((organiser.match(/class="report-card"/g) ?? []).length).toBe(1);
  });

  it("never skip a heading level", () => {
    for (const f of htmlFiles(out)) expect(skippedHeadings(headingLevels(read(out, f))), f).toEqual([]);
  });

  // The seeds and the fidelity tool live beside the project, as they do in CI.
  // A clone without the seeds skips this, except in CI, where they must be there: then it fails, not skips.
  describe.runIf(existsSync(join(shared, "tools/fidelity.mjs")) || process.env.CI)(
    "keep the text of their source",
    () => {
      for (const { folder, seed } of reports) {
        it(`${folder} ≥ 97 %`, () => {
          const r = spawnSync(
            process.execPath,
            [join(shared, "tools/fidelity.mjs"), join(shared, "seeds", seed), join(out, folder), "--min", "0.97"],
            { encoding: "utf8" },
          );
          expect(
            r.stdout
              .split("\n")
              .filter((l) => l.startsWith("fidelity"))
              .join(""),
            r.stdout,
          ).toMatch(/fidelity \d+\.\d%/);
          expect(r.status, r.stdout).toBe(0);
        });
      }
    },
  );
});
