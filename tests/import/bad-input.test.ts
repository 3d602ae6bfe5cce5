/**
 * What is not a readable Word document gets one line saying why — never a stack
 * trace — and leaves nothing behind in content/reports/. Each case is a pair:
 * the input, made here, and the exact reason.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import JSZip from "jszip";
import { Paragraph } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import { importDocx } from "../../src/import/import-docx.ts";
import { docxFile } from "./make-docx.ts";

let dir: string;
let content: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "samling-bad-import-"));
  content = join(dir, "content");
  mkdirSync(join(content, "reports"), { recursive: true });
  writeFileSync(join(content, "site.yaml"), "name: Test\n");
});

const CASES: Array<[name: string, make: () => Promise<Buffer | undefined>, reason: string]> = [
  ["notater.txt", async () => Buffer.from("Husk møtet."), "bare Word-dokumenter (.docx) kan importeres"],
  ["borte.docx", async () => undefined, "fant ikke filen"],
  ["tom-fil.docx", async () => Buffer.alloc(0), "filen er tom"],
  [
    "tekst.docx",
    async () => Buffer.from("Dette er ren tekst med feil filendelse.\n"),
    "filen er ikke et Word-dokument (.docx)",
  ],
  [
    "passord.docx",
    async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]),
    "filen er passordbeskyttet, eller et gammelt Word-dokument (.doc). Åpne den i Word og lagre som .docx uten passord",
  ],
  [
    "skadet.docx",
    async () => (await docxFile([new Paragraph("Tekst")])).subarray(0, 1500),
    "filen er skadet: den kan ikke leses som et Word-dokument (.docx)",
  ],
  [
    "bilder.docx",
    async () => new JSZip().file("bilde.txt", "ikke et dokument").generateAsync({ type: "nodebuffer" }),
    "filen er en zip-fil, men ikke et Word-dokument (.docx)",
  ],
  ["tomt-dokument.docx", async () => docxFile([]), "dokumentet er tomt"],
];

/** The same inputs, with the reason in English (`--lang en`). */
const ENGLISH: Record<string, string> = {
  "notater.txt": "only Word documents (.docx) can be imported",
  "borte.docx": "the file does not exist",
  "tom-fil.docx": "the file is empty",
  "tekst.docx": "the file is not a Word document (.docx)",
  "passord.docx":
    "the file is password-protected, or an old Word document (.doc). Open it in Word and save it as .docx without a password",
  "skadet.docx": "the file is damaged: it cannot be read as a Word document (.docx)",
  "bilder.docx": "the file is a zip archive, but not a Word document (.docx)",
  "tomt-dokument.docx": "the document is empty",
};

describe("importing what is not a readable Word document", () => {
  for (const [name, make, reason] of CASES) {
    it(`${name}: «${reason}», and nothing written`, async () => {
      const bytes = await make();
      const file = join(dir, name);
      if (bytes) writeFileSync(file, bytes);
      const result = await importDocx({ file, contentDir: content, projectDir: process.cwd(), today: "2025-01-01" });
      expect(result).toEqual({ ok: false, reason });
      expect(readdirSync(join(content, "reports"))).toEqual([]);
    });
  }

  it("says it in one line on the command line, and exits 1", () => {
    writeFileSync(join(dir, "tekst2.docx"), "ren tekst");
    const run = spawnSync(
      process.execPath,
      ["bin/samling.mjs", "import", join(dir, "tekst2.docx"), "--content", content],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `samling: kan ikke importere ${join(dir, "tekst2.docx")}: filen er ikke et Word-dokument (.docx).\n`,
    );
  });

  it("refuses a date that is not one", async () => {
    writeFileSync(join(dir, "ok.docx"), await docxFile([new Paragraph("Tekst")]));
    expect(
      await importDocx({
        file: join(dir, "ok.docx"),
        contentDir: content,
        projectDir: process.cwd(),
        date: "2025-02-30",
        today: "2025-01-01",
      }),
    ).toEqual({ ok: false, reason: "«2025-02-30» er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD" });
  });
});

describe("importing what is not a readable Word document, in English", () => {
  it("has an English reason for every case", () => {
    expect(Object.keys(ENGLISH).sort()).toEqual(CASES.map(([name]) => name).sort());
  });

  for (const [name, make] of CASES) {
    const reason = ENGLISH[name]!;
    it(`${name}: «${reason}», and nothing written`, async () => {
      const bytes = await make();
      mkdirSync(join(dir, "en"), { recursive: true });
      const file = join(dir, "en", name);
      if (bytes) writeFileSync(file, bytes);
      const result = await importDocx({
        file,
        contentDir: content,
        projectDir: process.cwd(),
        today: "2025-01-01",
        lang: "en",
      });
      expect(result).toEqual({ ok: false, reason });
      expect(readdirSync(join(content, "reports"))).toEqual([]);
    });
  }

  it("says it in one line on the command line, and exits 1", () => {
    writeFileSync(join(dir, "tekst3.docx"), "ren tekst");
    const run = spawnSync(
      process.execPath,
      ["bin/samling.mjs", "import", join(dir, "tekst3.docx"), "--content", content, "--lang", "en"],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `samling: cannot import ${join(dir, "tekst3.docx")}: the file is not a Word document (.docx).\n`,
    );
  });

  it("refuses a date that is not one", async () => {
    writeFileSync(join(dir, "ok-en.docx"), await docxFile([new Paragraph("Text")]));
    expect(
      await importDocx({
        file: join(dir, "ok-en.docx"),
        contentDir: content,
        projectDir: process.cwd(),
        date: "2025-02-30",
        today: "2025-01-01",
        lang: "en",
      }),
    ).toEqual({
      ok: false,
      reason: '"2025-02-30" is not a valid date. Write it as YYYY-MM-DD',
    });
  });

  it("never writes over a report that is there, and says so in English", async () => {
    writeFileSync(join(dir, "twice.docx"), await docxFile([new Paragraph("Text")]));
    const options = {
      file: join(dir, "twice.docx"),
      contentDir: join(dir, "twice-content"),
      projectDir: process.cwd(),
      title: "Twice",
      date: "2025-03-01",
      today: "2025-01-01",
      lang: "en" as const,
    };
    expect((await importDocx(options)).ok).toBe(true);
    expect(await importDocx(options)).toEqual({
      ok: false,
      reason: `${relative(process.cwd(), join(dir, "twice-content", "reports", "2025-03-01-twice"))} already exists; choose another title or date (--title, --date), or move the existing report`,
    });
  });
});
