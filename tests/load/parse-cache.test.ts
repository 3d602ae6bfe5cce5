import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/load/load-content.ts";

function content(): string {
  const dir = mkdtempSync(join(tmpdir(), "samling-parse-cache-"));
  writeFileSync(join(dir, "site.yaml"), "name: Test\n");
  const report = join(dir, "reports/r");
  mkdirSync(report, { recursive: true });
  writeFileSync(join(report, "report.yaml"), "title: Rapport\nstatus: draft\n");
  writeFileSync(join(report, "01-tekst.md"), "---\ntitle: Tekst\n---\nFørste versjon.\n");
  return dir;
}

describe("loading the same content again (serve)", () => {
  it("reuses what an unchanged file parsed to, parses a changed file anew, and forgets a removed one", () => {
    const dir = content();
    const first = loadContent(dir);
    const again = loadContent(dir);
    expect(again.reports[0]!.blocks[0]!.doc).toBe(first.reports[0]!.blocks[0]!.doc);
    expect(again.reports[0]!.meta).toBe(first.reports[0]!.meta);

    writeFileSync(join(dir, "reports/r/01-tekst.md"), "---\ntitle: Tekst\n---\nAndre versjon.\n");
    const edited = loadContent(dir);
    expect(edited.reports[0]!.blocks[0]!.doc).not.toBe(first.reports[0]!.blocks[0]!.doc);
    expect(edited.reports[0]!.blocks[0]!.doc.body?.text).toContain("Andre versjon.");
    expect(edited.reports[0]!.meta).toBe(first.reports[0]!.meta);

    rmSync(join(dir, "reports/r/01-tekst.md"));
    loadContent(dir);
    writeFileSync(join(dir, "reports/r/01-tekst.md"), "---\ntitle: Tekst\n---\nAndre versjon.\n");
    // Removed in between: parsed anew when it comes back, not taken from before.
    expect(loadContent(dir).reports[0]!.blocks[0]!.doc).not.toBe(edited.reports[0]!.blocks[0]!.doc);
  });
});
