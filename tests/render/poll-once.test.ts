/**
 * A poll's numbers are shown once: as its chart, each bar with its number. The list of answers is left
 * out when the chart holds every answer (a label and a count each), and the chart's table is there for
 * screen readers only. A poll whose answers say more than a label keeps its list. On the web and in
 * print alike (the print page is made from the same templates).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { read } from "../helpers/html.ts";

describe("a poll", () => {
  it("shows each number once: the chart with its numbers, the table for screen readers, no list repeating them", async () => {
    const content = join(mkdtempSync(join(tmpdir(), "samling-poll-")), "content");
    const report = join(content, "reports", "2025-06-03-menti");
    mkdirSync(report, { recursive: true });
    writeFileSync(join(content, "site.yaml"), "name: Test\n");
    writeFileSync(join(report, "report.yaml"), "title: Menti\ndate: 2025-06-03\nstatus: published\nsummary: Kort.\n");
    const answers = ["Bemanning", "Kompetanse", "Samhandling"].map(
      (a, i) => `  - title: ${a}\n    count: ${12 - i * 3}\n`,
    );
    writeFileSync(
      join(report, "01-menti.yaml"),
      `kind: poll\ntitle: Menti\nquestion: Hva er viktigst?\nitems:\n${answers.join("")}`,
    );
    writeFileSync(
      join(report, "02-menti.yaml"),
      "kind: poll\ntitle: Forklart\nquestion: Hvorfor?\nitems:\n  - title: Tid\n    text: Vi rekker ikke alt på ett møte.\n    count: 4\n  - title: Penger\n    count: 2\n",
    );
    const out = await buildInto(content, { pdf: false, preview: true });
    for (const page of ["2025-06-03-menti/index.html", "2025-06-03-menti/utskrift/index.html"]) {
      const html = read(out, page);
      const [first, second] = html.split('id="forklart"');
      expect(first).not.toMatch(/class="titled-list/);
      expect(first).toMatch(/<div class="visually-hidden">\s*<table class="[^"]*chart-figure__data/);
      expect((first!.match(/>12</g) ?? []).length, "12 drawn once (the bar) and once in the hidden table").toBe(2);
      expect(second).toMatch(/class="titled-list/); // answers that say more keep their list
    }
  });
});
