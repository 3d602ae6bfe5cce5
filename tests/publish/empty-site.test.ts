/** A new site with no reports yet checks and builds, and its archive says how to add the first one. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { publishSite } from "../../src/publish/publish-site.ts";

describe("a site with no reports yet", () => {
  const dir = mkdtempSync(join(tmpdir(), "samling-empty-"));
  const content = join(dir, "content");
  mkdirSync(join(content, "reports"), { recursive: true });
  mkdirSync(join(content, "losninger"), { recursive: true });
  writeFileSync(join(content, "site.yaml"), "name: Helsefellesskapet Telemark\nlang: nb\n");
  writeFileSync(join(content, "themes.yaml"), "themes: []\n");
  writeFileSync(join(content, "reports", "README.md"), "Én mappe per rapport.\n");

  it("checks without a problem", () => {
    expect(check(content).diagnostics).toEqual([]);
  });

  it("builds, and the archive says how to add the first report", async () => {
    const out = join(dir, "_site");
    expect(await publishSite({ contentDir: content, outDir: out })).toMatchObject({ ok: true, reports: 0 });
    const archive = readFileSync(join(out, "index.html"), "utf8");
    expect(archive).toContain("Ingen rapporter er publisert ennå.");
    expect(archive).toContain("Legg til den første rapporten med npm run new -- &quot;Tittel&quot;");
  });
});
