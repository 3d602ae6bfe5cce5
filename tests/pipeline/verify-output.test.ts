/** What others wrote is checked before it is published: each promise broken is named (pipeline/verify-output.ts). */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { verifyOutput } from "../../src/pipeline/verify-output.ts";

const pdfOf = async (pages: number) => {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return doc.save();
};

function searchFolder(dir: string): string {
  const search = join(dir, "pagefind");
  mkdirSync(join(search, "fragment"), { recursive: true });
  const entry = { version: "1.5.2", languages: { nb: { hash: "nb_abc", wasm: "nb", page_count: 1 } } };
  writeFileSync(join(search, "pagefind-entry.json"), JSON.stringify(entry));
  for (const f of [
    "pagefind.js",
    "pagefind-worker.js",
    "pagefind.nb_abc.pf_meta",
    "wasm.nb.pagefind",
    "fragment/a.pf_fragment",
  ])
    writeFileSync(join(search, f), "x");
  return search;
}

describe("verifyOutput", () => {
  it("finds nothing wrong with a folder as promised", async () => {
    const dir = mkdtempSync(join(tmpdir(), "samling-verify-"));
    writeFileSync(join(dir, "index.html"), "<p>Hei</p>");
    writeFileSync(join(dir, "r.pdf"), await pdfOf(3));
    const problems = await verifyOutput(dir, [
      { kind: "file", path: join(dir, "index.html"), bytes: 10 },
      { kind: "pdf", path: join(dir, "r.pdf"), pages: 3 },
      { kind: "search", dir: searchFolder(dir) },
    ]);
    expect(problems).toEqual([]);
  });

  it("names a page cut short or missing, a PDF with other pages or none that opens, and an empty search file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "samling-verify-"));
    writeFileSync(join(dir, "index.html"), "");
    writeFileSync(join(dir, "kort.html"), "<p>");
    writeFileSync(join(dir, "r.pdf"), await pdfOf(2));
    writeFileSync(join(dir, "s.pdf"), (await pdfOf(2)).subarray(0, 300));
    const search = searchFolder(dir);
    writeFileSync(join(search, "pagefind-worker.js"), "");
    writeFileSync(join(search, "pagefind.nb_abc.pf_meta"), "");
    const problems = await verifyOutput(dir, [
      { kind: "file", path: join(dir, "index.html"), bytes: 10 },
      { kind: "file", path: join(dir, "kort.html"), bytes: 10 },
      { kind: "file", path: join(dir, "borte.html"), bytes: 10 },
      { kind: "pdf", path: join(dir, "r.pdf"), pages: 3 },
      { kind: "pdf", path: join(dir, "s.pdf"), pages: 2 },
      { kind: "search", dir: search },
    ]);
    expect(problems).toEqual([
      { file: "index.html", what: "empty", expected: 10, found: 0 },
      { file: "kort.html", what: "size", expected: 10, found: 3 },
      { file: "borte.html", what: "missing" },
      { file: "r.pdf", what: "pages", expected: 3, found: 2 },
      { file: "s.pdf", what: "unreadable" },
      { file: "pagefind/pagefind-worker.js", what: "empty" },
      { file: "pagefind/pagefind.nb_abc.pf_meta", what: "empty" },
    ]);
  });

  it("names an entry file that does not read, and the files of a language that are not there", async () => {
    const dir = mkdtempSync(join(tmpdir(), "samling-verify-"));
    const search = searchFolder(dir);
    writeFileSync(join(search, "pagefind-entry.json"), '{"languages": {"nb": {"hash": "nb_zzz"}}}');
    expect(await verifyOutput(dir, [{ kind: "search", dir: search }])).toEqual([
      { file: "pagefind/pagefind.nb_zzz.pf_meta", what: "missing" },
    ]);
    writeFileSync(join(search, "pagefind-entry.json"), '{"languages": ');
    expect(await verifyOutput(dir, [{ kind: "search", dir: search }])).toEqual([
      { file: "pagefind/pagefind-entry.json", what: "unreadable" },
    ]);
  });
});
