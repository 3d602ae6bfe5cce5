/**
 * serve's build: the pages first, print previews and the search index after
 * (they take most of a rebuild), with the last build's standing in meanwhile.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";

const REPORT = "2024-03-01-alle-blokker";

describe("a build that defers its slow steps", () => {
  it("publishes the pages at once, keeps the last print previews and search index until the new ones are made", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "samling-deferred-")), "_site");
    const options = { contentDir: "tests/fixtures/valid/content", outDir: out, drafts: true, preview: true, deferSlowSteps: true };
    const first = await buildSite(options);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(existsSync(join(out, REPORT, "utskrift/index.html"))).toBe(false); // not yet
    await first.slowSteps;
    expect(existsSync(join(out, REPORT, "utskrift/index.html"))).toBe(true);
    expect(existsSync(join(out, "pagefind/pagefind.js"))).toBe(true);

    const second = await buildSite(options);
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    // Right away: the new pages, the old preview and index still there.
    expect(readFileSync(join(out, REPORT, "index.html"), "utf8")).toContain("Alle blokker");
    expect(existsSync(join(out, REPORT, "utskrift/index.html"))).toBe(true);
    expect(existsSync(join(out, "pagefind/pagefind.js"))).toBe(true);
    await second.slowSteps;
    expect(existsSync(join(out, REPORT, "utskrift/index.html"))).toBe(true);
  }, 120_000);
});
