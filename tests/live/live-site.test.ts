/**
 * What `serve` shows after a save is exactly what a fresh build publishes: every
 * page of a build with serve's settings (drafts, print previews) — HTML, JSON,
 * feeds, the print preview pages — compared byte for byte with the page `serve`
 * renders on request, after edits to a block, a long report's chapter and the
 * site file. serve's own reload script is the one difference, and it is added
 * by the server, not here. Content: the valid fixture with its themes, drafts
 * and images, and a long report with parts, footnotes and citations.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LiveSite } from "../../src/live/live-site.ts";
import { buildInto } from "../helpers/build.ts";
import { contentCopy } from "./content-copy.ts";

/** Every page file of a built site, as the address it is served at. */
function builtPages(site: string): Array<{ url: string; file: string }> {
  const out: Array<{ url: string; file: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "pagefind" && name !== "assets" && name !== "bilder") walk(path);
      } else if (/\.(html|json|xml|txt)$/.test(name)) {
        const url = "/" + relative(site, path).split(sep).join("/");
        out.push({ url: url.replace(/index\.html$/, ""), file: path });
      }
    }
  };
  walk(site);
  return out.sort((a, b) => a.url.localeCompare(b.url));
}

const { dir, edit } = contentCopy(["tests/fixtures/print/content/reports/lang-rapport"]);
const out = join(dir, "..", "_serve");
// The search index waits for `idle()` below: Pagefind is one service per process, and the builds here use it too.
const site = new LiveSite({ contentDir: dir, outDir: out, searchDelaySeconds: 3600 });

beforeAll(() => site.start(), 60_000);
afterAll(() => site.close());

async function expectSameAsBuild(): Promise<number> {
  const built = await buildInto(dir, { drafts: true, preview: true });
  const pages = builtPages(built);
  const differing = pages
    .filter(({ url, file }) => site.render(url)?.body !== readFileSync(file, "utf8"))
    .map((p) => p.url);
  expect(differing).toEqual([]);
  return pages.length;
}

describe("serve's pages after a save", () => {
  it("are the pages a fresh build writes, every one of them", async () => {
    const pages = await expectSameAsBuild();
    expect(pages).toBeGreaterThan(20);
    expect(site.render("/2024-03-01-alle-blokker/utskrift/")?.body).toContain("paged.polyfill");
    expect(site.render("/2024-03-01-alle-blokker/index.html?fra=lenke")?.body).toBe(
      site.render("/2024-03-01-alle-blokker/")?.body,
    );
    // No template makes these: the file server answers (404, or a file such as a stylesheet).
    expect(site.render("/finnes-ikke/")).toBeUndefined();
    expect(site.render("/%E0%A4%A/")).toBeUndefined();
    expect(site.render("/assets/css/samling.css")).toBeUndefined();
  }, 120_000);

  it.each([
    [
      "one block",
      "reports/2024-03-01-alle-blokker/12-slutt.yaml",
      /text: .*/,
      "text: Takk for i dag, og vel hjem.",
      "/2024-03-01-alle-blokker/",
      "Takk for i dag, og vel hjem.",
    ],
    // Its notes are numbered through the report, and its contents change.
    [
      "a chapter of the long report",
      "reports/lang-rapport/02-del-1/01-innledning.md",
      /\n\n/,
      "\n\n## Et nytt avsnitt\n\nMed en fotnote.[^ny]\n\n[^ny]: Den nye fotnoten.\n\n",
      "/lang-rapport/",
      "Den nye fotnoten.",
    ],
    // Every page shows it.
    ["the site file", "site.yaml", /^name: .*/m, "name: Et annet nettsted", "/", "Et annet nettsted"],
  ] as const)(
    "after an edit to %s",
    async (_what, path, from, to, page, shown) => {
      await site.update([edit(path, from, to)]);
      expect(site.render(page)?.body).toContain(shown);
      await expectSameAsBuild();
    },
    120_000,
  );

  it("are none while a save has broken a file, and come back when it is fixed", async () => {
    const broken = edit("reports/2024-03-01-alle-blokker/report.yaml", /^date: .*/m, "date: 2024-13-01");
    await site.update([broken]);
    expect(site.result.diagnostics.some((d) => d.rule === "date/invalid" && d.file.endsWith("report.yaml"))).toBe(true);
    expect(site.render("/2024-03-01-alle-blokker/")).toBeUndefined();
    await site.update([edit("reports/2024-03-01-alle-blokker/report.yaml", "date: 2024-13-01", "date: 2024-03-01")]);
    expect(site.render("/2024-03-01-alle-blokker/")?.body).toContain("Takk for i dag, og vel hjem.");
  });

  it("are searchable: the search index is made in the background from the rendered pages", async () => {
    await site.search.idle();
    expect(site.search.lastError).toBeUndefined();
    expect(existsSync(join(out, "pagefind/pagefind.js"))).toBe(true);
    expect(readdirSync(join(out, "pagefind/index")).length).toBeGreaterThan(0);
  }, 60_000);
});
