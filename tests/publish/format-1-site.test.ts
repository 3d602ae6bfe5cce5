/**
 * A site written in format 1 (samling 0.1) keeps checking clean and building. A change that would break it must
 * go through a deprecation first: a warning naming the new key, and `samling check --fix` to rewrite the files.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve, sep } from "node:path";
import matter from "gray-matter";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { formatReport } from "../../src/validate/format-report.ts";
import { buildInto } from "../helpers/build.ts";
import { openSite } from "../helpers/browser.ts";

const site = "tests/fixtures/format-1";
const content = join(site, "content");

/*
 * Format 1, frozen: the block kinds and keys samling 0.1 reads. Never computed from today's schema, which will
 * grow; a key may leave this list only when the fixture keeps it and its deprecation warns.
 */
const KINDS = [
  "closing",
  "figure",
  "group-task",
  "key-figures",
  "method",
  "next-steps",
  "participants",
  "phases",
  "poll",
  "programme",
  "questions",
  "quote",
  "recurring-answers",
  "references",
  "section",
  "table",
  "text",
  "working-group",
  "workshop-mat",
];

type FileType = "site" | "themes" | "report" | "solution" | "block";

const KEYS: Record<FileType, string[]> = {
  block: [
    ...["alt", "answers", "body", "caption", "colspan", "columns", "consent", "context", "count", "countHeading"],
    ...["coverage", "credit", "data", "date", "decorative", "done", "duration", "email", "end", "facilitation"],
    ...["groupSize", "groups", "head", "headerRows", "id", "images", "include", "intro", "items", "kind", "label"],
    ...["lang", "learnings", "logo", "measures", "measuresTitle", "members", "more", "name", "note", "number"],
    ...["numbered", "of", "organisation", "organisations", "outro", "part", "parts", "phone", "proposals"],
    ...["proposalsTitle", "question", "ranked", "responses", "role", "roleHeading", "roles", "rowHeaders", "rows"],
    ...["rowspan", "section", "series", "solution", "source", "speakers", "src", "status", "subtitle", "synthesis"],
    ...["synthesisLabel", "table", "tables", "tasks", "text", "themes", "time", "title", "tool", "total", "type"],
    ...["unit", "updates", "url", "value", "what", "when", "who", "width"],
  ],
  report: [
    ...["buildsOn", "consent", "contentsDepth", "date", "email", "endDate", "focusQuestion", "followUpOf", "id"],
    ...["labels", "lang", "logo", "members", "name", "numbering", "organisation", "organisers", "phone", "place"],
    ...["print", "role", "seeAlso", "status", "subtitle", "summary", "theme", "title", "url", "web"],
  ],
  site: [
    ...["accent", "accessibilityStatement", "colors", "description", "lang", "logo", "name", "pageSize", "primary"],
    ...["print", "url"],
  ],
  solution: [
    ...["added", "adoptedBy", "consent", "contacts", "description", "email", "evidence", "figures", "label", "logo"],
    ...["members", "municipalities", "name", "note", "organisation", "owners", "phone", "place", "problem"],
    ...["readMore", "region", "role", "sectors", "source", "statement", "status", "summary", "targetGroup"],
    ...["themes", "title", "url", "value", "year"],
  ],
  themes: ["description", "en", "id", "name", "nb", "nn", "themes"],
};

/** The published reports, by the address they have had since format 1, and the solutions in the løsningsbank. */
const PUBLISHED = ["2026-10-14-partnerskapsmote-trygg-heime", "status-hausten-2026"];
const DRAFT = "2027-02-10-fagdag-kompetanse";
const SOLUTIONS = ["digital-hjemmeoppfolging", "felles-hospitering", "helsekafe-for-eldre"];

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();

/** What a content file is, by where it lies: report folders hold report.yaml and blocks; README files are notes. */
function fileType(file: string): FileType | undefined {
  const [top, ...rest] = relative(content, file).split(sep);
  if (!/\.(ya?ml|md)$/.test(file) || /^README\.md$/i.test(basename(file))) return undefined;
  if (rest.length === 0) return top === "site.yaml" ? "site" : top === "themes.yaml" ? "themes" : undefined;
  if (top === "losninger") return "solution";
  if (top === "reports" && rest.length >= 2) return rest.length === 2 && rest[1] === "report.yaml" ? "report" : "block";
  return undefined;
}

/** Every key of every mapping in a value, at any depth. */
function keysIn(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) keysIn(item, into);
  else if (value && typeof value === "object" && !(value instanceof Date))
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysIn(inner, into);
    }
}

/** The keys each type of file in the fixture uses, and the block kinds (a Markdown file is text, or section as index.md). */
function used(): { keys: Record<FileType, Set<string>>; kinds: Set<string> } {
  const keys: Record<FileType, Set<string>> = {
    site: new Set(),
    themes: new Set(),
    report: new Set(),
    solution: new Set(),
    block: new Set(),
  };
  const kinds = new Set<string>();
  for (const file of files(content)) {
    const type = fileType(file);
    if (!type) continue;
    const text = readFileSync(file, "utf8");
    const data = file.endsWith(".md") ? matter(text).data : load(text);
    keysIn(data, keys[type]);
    if (type !== "block") continue;
    const kind = (data as { kind?: string }).kind;
    kinds.add(kind ?? (basename(file) === "index.md" ? "section" : "text"));
  }
  return { keys, kinds };
}

describe("a site in format 1", () => {
  it("checks without errors, and warns of nothing but deprecations", () => {
    const { diagnostics } = check(content);
    const problems = diagnostics.filter((d) => d.severity === "error" || !d.rule.startsWith("schema/deprecated"));
    expect(problems, formatReport(problems)).toEqual([]);
  });

  it("uses every block kind and every key of format 1", () => {
    const { keys, kinds } = used();
    const missing: Record<string, string[]> = { "block kinds": KINDS.filter((k) => !kinds.has(k)) };
    for (const type of Object.keys(KEYS) as FileType[])
      missing[`${type} keys`] = KEYS[type].filter((k) => !keys[type].has(k));
    const gaps = Object.entries(missing).filter(([, list]) => list.length > 0);
    const message = `the fixture no longer uses ${gaps.map(([what, list]) => `${what} ${list.join(", ")}`).join("; ")}`;
    expect(Object.fromEntries(gaps), message).toEqual({});
  });

  let out: string | undefined;
  it("builds, with each published report's page and PDF, the open data, and each solution's page", async () => {
    // The site's own assets/ (logo, site.css) are read from its folder; its caches go to temporary folders.
    const tmp = (name: string) => mkdtempSync(join(tmpdir(), `samling-format-1-${name}-`));
    const before = process.env.SAMLING_SITE;
    process.env.SAMLING_SITE = resolve(site);
    try {
      out = await buildInto(content, {
        pdf: true,
        cacheDir: tmp("pdf"),
        mediaCacheDir: tmp("media"),
        parseCacheDir: tmp("parse"),
      });
    } finally {
      if (before === undefined) delete process.env.SAMLING_SITE;
      else process.env.SAMLING_SITE = before;
    }
    const expected = [
      ...PUBLISHED.flatMap((id) => [`${id}/index.html`, `${id}/${id}.pdf`]),
      "index.html",
      "reports.json",
      "losninger.json",
      ...SOLUTIONS.map((id) => `losninger/${id}/index.html`),
      "assets/logo.svg",
    ];
    const built = out!;
    expect(expected.filter((f) => !existsSync(join(built, f)))).toEqual([]);
    expect(existsSync(join(built, DRAFT))).toBe(false);
    const json = <T>(file: string) => JSON.parse(readFileSync(join(built, file), "utf8")) as T;
    const archive = json<{ reports: Array<{ id: string; pdf?: { url: string } }> }>("reports.json");
    expect(archive.reports.map((r) => [r.id, r.pdf?.url]).sort()).toEqual(
      PUBLISHED.map((id) => [id, `/${id}/${id}.pdf`]).sort(),
    );
    const bank = json<{ solutions: Array<{ id: string }> }>("losninger.json");
    expect(bank.solutions.map((s) => s.id).sort()).toEqual(SOLUTIONS);
    expect(readFileSync(join(built, "assets/css/samling.css"), "utf8")).toContain("site: assets/site.css");
  }, 180_000);

  it("lays a numbered list's theme and solution tags under its text, not in the number's column", async () => {
    const site = await openSite(out!);
    try {
      for (const width of [360, 1280]) {
        const page = await site.browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(site.url(`/${PUBLISHED[0]}/`));
        const misplaced = await page.evaluate(() =>
          [...document.querySelectorAll(".titled-list--ranked > li")].flatMap((li) => {
            const text = li.querySelector(".titled-list__body")!.getBoundingClientRect();
            const tags = li.querySelector(".theme-tags")?.getBoundingClientRect();
            return tags && (tags.left < text.left - 1 || tags.width < 60) ? [li.id] : [];
          }),
        );
        const ranked = await page.locator(".titled-list--ranked .theme-tags").count();
        await page.close();
        expect(ranked, "the fixture has a numbered list with tags").toBeGreaterThan(0);
        expect(misplaced, `at ${width} px`).toEqual([]);
      }
    } finally {
      await site.close();
    }
  }, 60_000);
});
