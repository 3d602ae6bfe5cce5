/**
 * A build that fails after the content checked out — Eleventy, the search
 * index or the print step — leaves the published site exactly as it was, byte
 * for byte, and no half-built folder beside it. Each stage is made to fail in
 * turn (the first two by standing in for their module, the print step with a
 * script that throws in the print page), on content that differs from what was
 * published, so a build written straight into the site would show.
 */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { snapshot } from "../helpers/html.ts";
import { contentCopy } from "../live/content-copy.ts";

const failing = vi.hoisted(() => ({ stage: undefined as undefined | "pages" | "search" }));

vi.mock("../../src/pipeline/eleventy.ts", async (original) => {
  const actual = await original<typeof import("../../src/pipeline/eleventy.ts")>();
  return {
    ...actual,
    runEleventy: async (...args: Parameters<typeof actual.runEleventy>) => {
      const pages = await actual.runEleventy(...args);
      // As a template failing late does: the pages before it are written.
      if (failing.stage === "pages" && args[0] === "pages") throw new Error("Eleventy: a template failed");
      return pages;
    },
  };
});
vi.mock("../../src/pipeline/search-index.ts", async (original) => {
  const actual = await original<typeof import("../../src/pipeline/search-index.ts")>();
  return {
    ...actual,
    indexSite: async (dir: string) => {
      if (failing.stage === "search") throw new Error("search index: Pagefind stopped (1)");
      return actual.indexSite(dir);
    },
  };
});

/** A print page script that throws as the page loads: the report cannot be printed. */
const THROWING_PAGE = `document.addEventListener("readystatechange", () => { if (document.readyState === "interactive") throw new Error("Testfeil"); });`;

describe("a build that fails after the check", () => {
  const { dir, edit } = contentCopy();
  const out = join(mkdtempSync(join(tmpdir(), "samling-failed-")), "_site");
  const cacheDir = mkdtempSync(join(tmpdir(), "samling-failed-cache-"));
  const leftovers = () => readdirSync(dirname(out)).filter((f) => f !== "_site");

  it("publishes the first build", async () => {
    expect((await publishSite({ contentDir: dir, outDir: out, cacheDir })).ok).toBe(true);
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });

  for (const stage of ["pages", "search", "print"] as const) {
    it(`leaves the published site as it was when ${stage === "pages" ? "Eleventy" : stage === "search" ? "the search index" : "the print step"} fails`, async () => {
      const before = snapshot(out);
      edit(
        "reports/2024-03-01-alle-blokker/12-slutt.yaml",
        /text: .*/,
        `text: Endret før et bygg som feiler (${stage}).`,
      );
      failing.stage = stage === "print" ? undefined : stage;
      try {
        const result = await publishSite({
          contentDir: dir,
          outDir: out,
          cacheDir,
          pdf: stage === "print",
          ...(stage === "print" && { print: { initScript: THROWING_PAGE, timeoutSeconds: 20 } }),
        });
        expect(result.ok).toBe(false);
      } finally {
        failing.stage = undefined;
      }
      const after = snapshot(out);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [file, bytes] of before) expect(after.get(file)!.equals(bytes), file).toBe(true);
      expect(leftovers()).toEqual([]);
    });
  }
});
