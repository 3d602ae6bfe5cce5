/**
 * The built site as other programs read it: no broken link or anchor (checked
 * by hyperlink) at the root and under a path prefix; a well-formed Atom feed
 * and sitemap; canonical address, Open Graph and schema.org JSON-LD.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { htmlFiles, read } from "../helpers/html.ts";

const tmp = () => mkdtempSync(join(tmpdir(), "samling-links-"));

function hyperlink(root: string, entry: string, canonicalRoot: string) {
  // hyperlink re-reads inline SVG as XML after serialising its no-break spaces
  // ("1 200") as &nbsp;, which XML does not define. Our charts hold no links;
  // only that report is set aside.
  const args = ["--root", root, "--canonicalroot", canonicalRoot, "--internal", "--recursive", entry];
  const r = spawnSync(process.execPath, ["node_modules/hyperlink/lib/cli.js", ...args], { encoding: "utf8" });
  const failures = r.stdout
    .split("\n")
    .filter((l) => l.startsWith("not ok") && !l.includes("Failed loading inline Svg"));
  const checked = Number(/# tests (\d+)/.exec(r.stdout)?.[1] ?? 0);
  return { code: r.status, failures, checked };
}

let bundled: string;
let prefixed: string;
beforeAll(async () => {
  bundled = join(tmp(), "_site");
  expect((await publishSite({ contentDir: "content", outDir: bundled, pdf: true, cacheDir: tmp() })).ok).toBe(true);
  // The block fixture, published under a path (on a host its content does not link to).
  const content = join(tmp(), "content");
  cpSync("tests/fixtures/valid/content", content, { recursive: true });
  const site = join(content, "site.yaml");
  writeFileSync(site, readFileSync(site, "utf8") + "url: https://example.org/rapporter/\n");
  prefixed = join(tmp(), "web");
  expect(
    (await publishSite({ contentDir: content, outDir: join(prefixed, "rapporter"), pdf: true, cacheDir: tmp() })).ok,
  ).toBe(true);
});

describe("links", () => {
  it("has no broken link or anchor in the bundled site", () => {
    const r = hyperlink(bundled, join(bundled, "index.html"), "https://rapporter.example.no/");
    expect(r.failures).toEqual([]);
    expect(r.checked).toBeGreaterThan(50);
    expect(r.code).toBe(0);
  });

  it("has none either when the site lives under a path, where every internal address carries it", () => {
    const site = join(prefixed, "rapporter");
    const r = hyperlink(prefixed, join(site, "index.html"), "https://example.org/");
    expect(r.failures).toEqual([]);
    expect(r.checked).toBeGreaterThan(20);
    for (const file of htmlFiles(site)) {
      const internal = [...read(site, file).matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(internal.length).toBeGreaterThan(0);
      expect(
        internal.filter((u) => !u.startsWith("/rapporter/")),
        file,
      ).toEqual([]);
    }
  });
});

describe("feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "url" });

  it("publishes a well-formed Atom feed with the required elements", () => {
    const xml = read(bundled, "feed.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    // The feed names the site and is as new as its newest entry.
    expect(feed.id).toBe("https://rapporter.example.no/");
    expect(feed.title).toBe("Samling");
    expect(feed.author).toEqual({ name: "Samling" });
    const dates: string[] = feed.entry.map((e: { updated: string }) => e.updated).sort();
    expect(feed.updated).toBe(dates.at(-1));
    expect(feed.updated).toBe("2025-10-01T00:00:00Z");
    // The three reports and the four solutions, each from the day it was added to the bank.
    expect(feed.entry).toHaveLength(7);
    expect(feed.entry.filter((e: { id: string }) => e.id.includes("/losninger/"))).toHaveLength(4);
    for (const entry of feed.entry) {
      expect(typeof entry.title === "string" && entry.title.trim().length > 0, JSON.stringify(entry)).toBe(true);
      expect(typeof entry.author?.name === "string" && entry.author.name.length > 0, JSON.stringify(entry)).toBe(true);
      expect(entry.id).toMatch(/^https:\/\/rapporter\.example\.no\/(losninger\/)?[^/]+\/$/);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
  });

  it("publishes a sitemap of absolute addresses and points robots.txt at it", () => {
    const xml = read(bundled, "sitemap.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const locs = parser.parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
    // Every report and every solution: the feed's entries, reports before solutions.
    const entries: string[] = parser.parse(read(bundled, "feed.xml")).feed.entry.map((e: { id: string }) => e.id);
    expect(locs).toEqual([
      "https://rapporter.example.no/",
      ...entries.filter((id) => !id.includes("/losninger/")),
      ...entries.filter((id) => id.includes("/losninger/")).sort(),
    ]);
    expect(read(bundled, "robots.txt")).toContain("Sitemap: https://rapporter.example.no/sitemap.xml");
  });

  it("carries the path prefix into absolute addresses", () => {
    const feed = parser.parse(read(join(prefixed, "rapporter"), "feed.xml")).feed;
    expect(feed.entry[0].id).toBe("https://example.org/rapporter/2024-03-01-alle-blokker/");
  });
});

describe("page metadata", () => {
  const page = () => read(bundled, "2024-10-25-agder-partnerskapsmote/index.html");
  it("names its canonical address and describes itself for link previews", () => {
    expect(page()).toContain(
      '<link rel="canonical" href="https://rapporter.example.no/2024-10-25-agder-partnerskapsmote/">',
    );
    expect(page()).toContain('<meta property="og:type" content="article">');
    expect(page()).toContain('<meta property="og:locale" content="nb_NO">');
    expect(page()).toContain('<meta property="og:title" content="Oppsummering av partnerskapsmøte">');
  });
  it("describes the report and its meeting as schema.org JSON-LD", () => {
    const json = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(page())![1]!);
    expect(json).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Report",
      name: "Oppsummering av partnerskapsmøte",
      inLanguage: "nb",
      datePublished: "2024-10-25",
      url: "https://rapporter.example.no/2024-10-25-agder-partnerskapsmote/",
      publisher: { "@type": "Organization", name: "Helsefellesskapet Agder" },
      recordedAt: { "@type": "Event", startDate: "2024-10-25", location: { "@type": "Place", name: "Agder" } },
      encoding: { encodingFormat: "application/pdf" },
    });
  });
});
