/**
 * The PDF cache: an unchanged report is never printed again, and a report whose
 * text changed always is — the other reports' PDFs are taken from the cache.
 * (A cache key that left out a report's own page would publish a stale PDF.)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { contentCopy } from "../live/content-copy.ts";

const EDITED = "2024-03-01-alle-blokker";

describe("the PDF cache", () => {
  it("prints again exactly the report whose text changed, and that PDF has the new text", async () => {
    const { dir, edit } = contentCopy(["tests/fixtures/print/content/reports/lang-tabell"]);
    const cacheDir = mkdtempSync(join(tmpdir(), "samling-pdf-cache-"));
    const build = async () => {
      const out = join(mkdtempSync(join(tmpdir(), "samling-pdf-cache-out-")), "_site");
      const result = await publishSite({ contentDir: dir, outDir: out, pdf: true, cacheDir });
      if (!result.ok) throw new Error(result.error ?? "build failed");
      return { out, printed: Object.fromEntries(result.printed.map((p) => [p.id, p.cached ? "cached" : "printed"])) };
    };
    expect((await build()).printed).toEqual({ [EDITED]: "printed", "lang-tabell": "printed" });
    expect((await build()).printed).toEqual({ [EDITED]: "cached", "lang-tabell": "cached" });

    edit(`reports/${EDITED}/12-slutt.yaml`, /text: .*/, "text: Takk for i dag, sa varaordføreren.");
    const after = await build();
    expect(after.printed).toEqual({ [EDITED]: "printed", "lang-tabell": "cached" });
    const text = execFileSync("pdftotext", [join(after.out, EDITED, `${EDITED}.pdf`), "-"], {
      encoding: "utf8",
    }).replace(/\s+/g, " ");
    expect(text).toContain("Takk for i dag, sa varaordføreren.");
  });
});
