/** A draft previewed with its PDF says it is a draft on every page; a published report does not. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { pageBodies } from "../helpers/pdf.ts";
import { execFileSync } from "node:child_process";

const pagesText = (file: string) =>
  execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);

describe("draft PDFs", () => {
  it("carry the draft mark on every page", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "samling-draft-")), "_site");
    const result = await publishSite({
      contentDir: "tests/fixtures/valid/content",
      outDir: out,
      pdf: true,
      drafts: true,
      cacheDir: mkdtempSync(join(tmpdir(), "samling-draft-cache-")),
    });
    expect(result.ok).toBe(true);
    const draft = pagesText(join(out, "2024-01-01-utkast/2024-01-01-utkast.pdf"));
    expect(draft.length).toBeGreaterThan(0);
    for (const page of draft) expect(page).toContain("DRAFT");
    const published = pagesText(join(out, "2024-03-01-alle-blokker/2024-03-01-alle-blokker.pdf"));
    expect(published.filter((p) => p.includes("DRAFT") || p.includes("UTKAST"))).toEqual([]);
    expect(pageBodies(join(out, "2024-03-01-alle-blokker/2024-03-01-alle-blokker.pdf")).length).toBe(published.length);
  });
});
