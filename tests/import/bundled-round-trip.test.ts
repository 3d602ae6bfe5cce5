/**
 * A bundled report's text, written into a Word document the way a secretariat's
 * old reports are (chapter headings, section headings, lists, paragraphs),
 * comes back from `samling import` with its chapters and its lists.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { load } from "js-yaml";
import { Paragraph } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import { importDocx } from "../../src/import/import-docx.ts";
import { bullet, docxFile, heading } from "./make-docx.ts";

const SOURCE = "content/reports/2025-05-20-nordre-follo-sammen2035";

/** Words as a reader sees them: Markdown's emphasis and escapes left out, spaces made single. */
const plain = (s: string) =>
  s
    .replace(/\\(.)/g, "$1")
    .replace(/\*\*|\*|_/g, "")
    .replace(/\s+/g, " ")
    .trim();

interface Chapter {
  title: string;
  lists: string[][];
  paragraphs: Paragraph[];
}

/** The report's sections, each with its Markdown blocks as Word paragraphs, and the list items they hold. */
function chapters(): Chapter[] {
  return readdirSync(SOURCE, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== "bilder")
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((folder) => {
      const dir = join(SOURCE, folder.name);
      const { title } = load(readFileSync(join(dir, "index.yaml"), "utf8")) as { title: string };
      const paragraphs: Paragraph[] = [heading(1, title)];
      const lists: string[][] = [];
      for (const file of readdirSync(dir)
        .filter((f) => f.endsWith(".md"))
        .sort()) {
        const { data, content } = matter(readFileSync(join(dir, file), "utf8"));
        if (data.title) paragraphs.push(heading(2, String(data.title)));
        for (const chunk of content.split(/\n\s*\n/)) {
          const lines = chunk.split("\n").filter((l) => l.trim());
          if (!lines.length) continue;
          if (/^#{1,6} /.test(lines[0]!)) paragraphs.push(heading(3, plain(lines[0]!.replace(/^#+ /, ""))));
          else if (/^\s*[-*] /.test(lines[0]!)) {
            // Items with their continuation lines, each at its depth.
            const items: Array<{ text: string; level: number }> = [];
            for (const line of lines) {
              const m = /^(\s*)[-*] (.*)$/.exec(line);
              if (m) items.push({ text: m[2]!, level: Math.floor(m[1]!.length / 2) });
              else items.at(-1)!.text += ` ${line.trim()}`;
            }
            lists.push(items.map((i) => plain(i.text)));
            paragraphs.push(...items.map((i) => bullet(plain(i.text), i.level)));
          } else paragraphs.push(new Paragraph(plain(lines.join(" "))));
        }
      }
      return { title, lists, paragraphs };
    });
}

let source: Chapter[];
let imported: string;
beforeAll(async () => {
  source = chapters();
  const dir = mkdtempSync(join(tmpdir(), "samling-round-trip-"));
  const content = join(dir, "content");
  mkdirSync(join(content, "reports"), { recursive: true });
  writeFileSync(join(content, "site.yaml"), "name: Test\n");
  writeFileSync(
    join(dir, "sammen2035.docx"),
    await docxFile(
      source.flatMap((c) => c.paragraphs),
      {},
      { title: "Framtidseksperimentet 2035" },
    ),
  );
  const result = await importDocx({
    file: join(dir, "sammen2035.docx"),
    contentDir: content,
    projectDir: process.cwd(),
    date: "2025-05-20",
    today: "2025-05-20",
  });
  if (!result.ok) throw new Error(result.reason);
  imported = result.dir;
});

describe("a bundled report through Word and back", () => {
  it("gives back its chapters, in order, as section folders with their titles", () => {
    const folders = readdirSync(imported, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== "bilder")
      .map((e) => e.name)
      .sort();
    const titles = folders.map(
      (f) => (load(readFileSync(join(imported, f, "index.yaml"), "utf8")) as { title: string }).title,
    );
    expect(source.length).toBeGreaterThan(5);
    expect(titles).toEqual(source.map((c) => c.title));
  });

  it("gives back every list item as a Markdown list item, under the chapter it was in", () => {
    const folders = readdirSync(imported, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== "bilder")
      .map((e) => e.name)
      .sort();
    let items = 0;
    source.forEach((chapter, i) => {
      const text = readdirSync(join(imported, folders[i]!))
        .filter((f) => f.endsWith(".md"))
        .map((f) => readFileSync(join(imported, folders[i]!, f), "utf8"))
        .join("\n");
      const listed = new Set([...text.matchAll(/^\s*- (.*)$/gm)].map((m) => plain(m[1]!)));
      for (const item of chapter.lists.flat()) (expect(listed, `${chapter.title}: ${item}`).toContain(item), items++);
    });
    expect(items).toBeGreaterThan(30);
  });
});
