/**
 * The manual: README.md is a landing page of at most 150 lines, and docs/ holds one page per
 * task. These tests guard that README.md links every page in docs/, that every manual page links
 * every other page and README.md (the generated fields.md and rules.md carry no such list, but
 * must be linked), and that every relative link in README.md and docs/*.md reaches a file that
 * exists and every #anchor a heading there — slugged as GitHub slugs headings, so links that
 * work here work on GitHub and in node_modules/samling/.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

/** Written by `npm run docs`: linked from everywhere, but without a navigation list of their own. */
const GENERATED = new Set(["docs/fields.md", "docs/rules.md"]);

const docsPages = readdirSync("docs")
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => `docs/${f}`);
const manualPages = docsPages.filter((f) => !GENERATED.has(f));
const allFiles = ["README.md", ...docsPages];

const read = (file: string): string => readFileSync(file, "utf8");

/** The text outside fenced code blocks: a heading or link inside one is an example, not part of the page. */
function withoutFences(text: string): string {
  let fence = "";
  return text
    .split("\n")
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? "" : marker;
        return "";
      }
      return fence ? "" : line;
    })
    .join("\n");
}

/** Prose without code: inline code spans hold example Markdown such as `![alt](bilder/plenum.jpg)`. */
const prose = (text: string): string => withoutFences(text).replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, "");

/** Every link target in a file: inline links and images, and reference definitions. */
function linkTargets(text: string): string[] {
  const body = prose(text);
  // An escaped bracket (`\]`, as docs/rules.md writes example Markdown) ends no link.
  const inline = [...body.matchAll(/(?<!\\)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const references = [...body.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!);
  return [...inline, ...references];
}

const isRelative = (target: string): boolean => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("//");

/**
 * GitHub's anchor for a heading (github-slugger): the heading's text, lower-cased, without
 * punctuation and symbols — letters in any script (ø, å) and digits stay, as do `-` and `_` —
 * and each space a hyphen; a repeated heading gets -1, -2 ….
 */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** The anchors a Markdown file's headings get. */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const m of withoutFences(read(file)).matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/gm)) {
    const base = slug(m[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** The files a file links to, as paths from the repository's root. */
function linkedFiles(file: string): Set<string> {
  return new Set(
    linkTargets(read(file))
      .filter(isRelative)
      .map((t) => t.split("#")[0]!)
      .filter((path) => path !== "")
      .map((path) => normalize(join(dirname(file), decodeURIComponent(path)))),
  );
}

describe("the manual", () => {
  it("has a README of at most 150 lines", () => {
    expect(read("README.md").trimEnd().split("\n").length).toBeLessThanOrEqual(150);
  });

  it("has pages to check: the manual and the generated references", () => {
    expect(manualPages.length).toBeGreaterThanOrEqual(10);
    for (const file of GENERATED) expect(docsPages).toContain(file);
  });

  it("links every page in docs/ from the README", () => {
    const linked = linkedFiles("README.md");
    expect(docsPages.filter((page) => !linked.has(page))).toEqual([]);
  });

  it("links every page from every manual page, and the README too", () => {
    const missing: string[] = [];
    for (const page of manualPages) {
      const linked = linkedFiles(page);
      for (const other of ["README.md", ...docsPages])
        if (other !== page && !linked.has(other)) missing.push(`${page} → ${other}`);
    }
    expect(missing).toEqual([]);
  });

  it("has relative links that reach files that exist, and anchors that reach headings", () => {
    const broken: string[] = [];
    for (const file of allFiles) {
      for (const target of linkTargets(read(file)).filter(isRelative)) {
        const [path = "", anchor] = target.split("#");
        const to = path === "" ? file : normalize(join(dirname(file), decodeURIComponent(path)));
        if (!existsSync(to)) broken.push(`${file}: ${target} (no file ${to})`);
        else if (anchor !== undefined) {
          if (!to.endsWith(".md")) broken.push(`${file}: ${target} (an anchor into a file that is not Markdown)`);
          else if (!anchors(to).has(decodeURIComponent(anchor))) broken.push(`${file}: ${target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("slugs headings as GitHub does", () => {
    expect(slug("Your site's own look")).toBe("your-sites-own-look");
    expect(slug("Long documents: parts, numbering, footnotes, citations")).toBe(
      "long-documents-parts-numbering-footnotes-citations",
    );
    expect(slug("Bringing old reports in: `samling import`")).toBe("bringing-old-reports-in-samling-import");
    expect(slug("file/too-large")).toBe("filetoo-large");
    expect(slug("Løsning")).toBe("løsning");
    expect(slug("report.yaml")).toBe("reportyaml");
    expect(slug("Solutions: the løsningsbank")).toBe("solutions-the-løsningsbank");
  });
});
