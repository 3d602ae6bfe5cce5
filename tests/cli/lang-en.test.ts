/**
 * `--lang en` is English throughout: the real command, run as a user runs it,
 * for check (clean and with errors), build, new, import (a good document and
 * bad input), serve's start lines and --help. Each summary is compared line
 * for line, and no output holds a Norwegian letter or word.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import sharp from "sharp";
import { ExternalHyperlink, FootnoteReferenceRun, ImageRun, Paragraph, TextRun } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrowser } from "../../src/print/find-browser.ts";
import { cliMessages } from "../../src/shared/cli-messages/index.ts";
import { docxFile, heading, spannedTable } from "../import/make-docx.ts";

const dir = mkdtempSync(join(tmpdir(), "samling-lang-en-"));
const cache = join(dir, "cache");
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/samling.mjs", ...args, "--lang", "en"], {
    encoding: "utf8",
    env: { ...process.env, SAMLING_CACHE: cache },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
/** How the command names a path: relative to where it runs, with forward slashes. */
const shown = (path: string) => relative(process.cwd(), path).split("\\").join("/");

/** Norwegian words the command's own messages would use; the temporary folder's random name is left out first. */
const NORWEGIAN = [
  "rapporter",
  "feil",
  "advarsel",
  "advarsler",
  "Ingenting",
  "skrevet",
  "utkast",
  "Sjekk",
  "kapittel",
  "kapitler",
  "filen",
  "mappe",
  "mappen",
  "fant",
  "ikke",
  "Bruk",
  "kommando",
  "Neste",
  "steg",
  "klar",
  "avslutter",
  "importere",
  "dokumentet",
  "tittel",
  "dato",
  "sider",
  "uendret",
  "STOPPET",
  "og",
  "eller",
  "er",
];
function expectEnglish(text: string): void {
  const own = text.split(dir).join("<tmp>").split(shown(dir)).join("<tmp>");
  expect(own, "a Norwegian letter").not.toMatch(/[æøåÆØÅ]/);
  const words = own.match(/[\p{L}]+/gu) ?? [];
  expect(
    words.filter((w) => NORWEGIAN.some((n) => n.toLowerCase() === w.toLowerCase())),
    own,
  ).toEqual([]);
}

/** A small report written in English, so nothing Norwegian can come from the content either. */
function englishContent(name: string): string {
  const content = join(dir, name, "content");
  const report = join(content, "reports", "2025-05-20-annual-meeting");
  mkdirSync(report, { recursive: true });
  writeFileSync(join(content, "site.yaml"), "name: Test site\nlang: en\n");
  writeFileSync(
    join(report, "report.yaml"),
    "title: Annual meeting\ndate: 2025-05-20\nstatus: published\nsummary: What the meeting agreed on.\n",
  );
  writeFileSync(
    join(report, "01-opening.md"),
    "---\ntitle: Opening\n---\nThe meeting opened at nine with a short welcome.\n",
  );
  return content;
}

describe("samling --help and usage errors in English", () => {
  it("prints the English help", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toBe(cliMessages("en").usage);
    expect(r.out.split("\n")[0]).toBe("Usage: samling <command> [options]");
    expect(r.out).toContain("  --lang nb|en        language of messages (default: nb)\n");
    expectEnglish(r.out);
  });
  it("refuses an unknown command in English, followed by the English help", () => {
    const r = run("lag");
    expect(r.code).toBe(2);
    expect(r.err).toBe(`samling: unknown command "lag"\n\n${cliMessages("en").usage}`);
  });
  it("refuses a bad option value in English", () => {
    const r = run("check", "--format", "xml");
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe("samling: --format must be text, json or github");
    expectEnglish(r.err);
  });
});

describe("samling check --lang en", () => {
  it("sums up clean content in English", () => {
    const r = run("check", "--content", englishContent("clean"));
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toBe("1 report, 0 solutions, 3 files: no problems\n");
  });
  it("reports errors and sums them up in English", () => {
    const content = englishContent("broken");
    const file = join(content, "reports/2025-05-20-annual-meeting/report.yaml");
    writeFileSync(
      file,
      "title: Annual meeting\ndate: 2025-13-01\nstatus: published\nsummary: What the meeting agreed on.\n",
    );
    const r = run("check", "--content", content);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${shown(file)}:2:7  error  "2025-13-01" is not a valid date  date/invalid`);
    expect(r.err.trimEnd().split("\n").at(-1)).toBe("1 error, 0 warnings in 1 file");
    expectEnglish(r.err);

    const build = run("build", "--no-pdf", "--content", content, "--out", join(dir, "broken", "_site"));
    expect(build.code).toBe(1);
    expect(build.err.trimEnd().split("\n").at(-1)).toBe("Nothing was written.");
    expectEnglish(build.err);
  });
});

describe("samling build --lang en", () => {
  it("sums up a build of the web pages in English", () => {
    const out = join(dir, "site-no-pdf");
    const r = run("build", "--no-pdf", "--content", englishContent("build"), "--out", out);
    expect(r.code, r.err).toBe(0);
    const summary = r.out.split("\n").filter((l) => l.startsWith("samling:"));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(
      new RegExp(`^samling: 1 report, \\d+ pages → ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/ \\(\\d+\\.\\d s\\)$`),
    );
    expectEnglish(r.out + r.err);
  });
  it.skipIf(!findBrowser())(
    "says each PDF's progress and the build's summary in English, unchanged the second time",
    () => {
      const content = englishContent("pdf");
      const out = join(dir, "site-pdf");
      const first = run("build", "--content", content, "--out", out);
      expect(first.code, first.err).toBe(0);
      expect(first.err).toMatch(/^PDF 1\/1 {2}2025-05-20-annual-meeting {2}\d+ pages? {2}\d+\.\d s$/m);
      expect(first.out).toMatch(/^samling: 1 report, \d+ pages, 1 PDF \(1 printed\) → /m);
      const second = run("build", "--content", content, "--out", out);
      expect(second.err).toMatch(/^PDF 1\/1 {2}2025-05-20-annual-meeting {2}\d+ pages? {2}unchanged$/m);
      expect(second.out).toMatch(/^samling: 1 report, \d+ pages, 1 PDF \(0 printed\) → /m);
      expectEnglish(first.out + first.err + second.out + second.err);
    },
  );
});

describe("samling new --lang en", () => {
  const content = join(dir, "new", "content");
  const report = join(content, "reports", "2025-05-20-first-report");
  it("says what it made and what to do next, in English", () => {
    mkdirSync(join(content, "reports"), { recursive: true });
    const r = run("new", "First report", "--date", "2025-05-20", "--shape", "partnership", "--content", content);
    expect(r.code, r.err).toBe(0);
    const files = readdirSync(report, { recursive: true })
      .map(String)
      .filter((f) => /\.(ya?ml|md)$/.test(f))
      .sort();
    expect(r.out).toBe(
      [
        `New report (draft) in ${shown(report)}/:`,
        ...files.map((f) => `  ${shown(join(report, f))}`),
        "",
        "Next steps:",
        "  1. Run npm run serve and open http://127.0.0.1:8080/2025-05-20-first-report/ — the page updates whenever you save.",
        "  2. Fill in the files; the comments (#) explain the fields, and docs/fields.md lists them all.",
        '  3. Set "status: published" in report.yaml when the report is ready, and run npm run build.',
        "",
      ].join("\n"),
    );
    expect(r.err).toBe("");
  });
  it("refuses in English", () => {
    expect(run("new", "First report", "--date", "2025-05-20", "--content", content).err).toBe(
      `samling: ${shown(report)} already exists. Choose another title or date, or edit the existing report.\n`,
    );
    expect(run("new", "First report", "--date", "2025-02-30", "--content", content).err).toBe(
      'samling: "2025-02-30" is not a valid date. Write it as YYYY-MM-DD, for example --date 2025-05-20.\n',
    );
    expect(run("new", "  ", "--date", "2025-05-20", "--content", content).err).toBe("samling: The title is empty.\n");
  });
});

describe("samling import --lang en", () => {
  const content = join(dir, "import", "content");
  beforeAll(() => {
    mkdirSync(join(content, "reports"), { recursive: true });
    writeFileSync(join(content, "site.yaml"), "name: Test site\n");
  });

  it("sums up what it made and what to check, in English", async () => {
    const picture = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#1e4b7a" } })
      .png()
      .toBuffer();
    const file = join(dir, "import", "annual-meeting.docx");
    writeFileSync(
      file,
      await docxFile(
        [
          heading(1, "Background"),
          heading(2, "Why we met"),
          new Paragraph({
            children: [
              new TextRun("The service started in 2021"),
              new FootnoteReferenceRun(1),
              new TextRun(". See "),
              new ExternalHyperlink({
                link: "javascript:alert(1)",
                children: [new TextRun({ text: "the form", style: "Hyperlink" })],
              }),
              new TextRun("."),
            ],
          }),
          spannedTable("Zone", "Users", ["2022", "2023"], [["North", "12", "15"]]),
          heading(1, "Results"),
          heading(2, "Users"),
          new Paragraph("More users managed on their own after six weeks."),
          new Paragraph({
            children: [new ImageRun({ type: "png", data: picture, transformation: { width: 320, height: 200 } })],
          }),
        ],
        { 1: "The municipality's own figures." },
        { title: "Annual meeting", lang: "en-GB" },
      ),
    );
    const r = run("import", file, "--content", content);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe("");
    const made = join(content, "reports", readdirSync(join(content, "reports"))[0]!);
    const d = shown(made);
    const [, , , ...check] = r.out.split("\n");
    expect(r.out.split("\n").slice(0, 4)).toEqual([
      `Imported annual-meeting.docx → ${d}/ (draft)`,
      "2 chapters, 2 text blocks, 1 table, 1 image (1 without alternative text), 1 footnote.",
      "",
      "To check:",
    ]);
    expect(check.slice(1)).toEqual([
      `  - ${d}/01-background/02-tabell.yaml: the table has no title ("Table …" above it) – write one in "caption"`,
      `  - ${d}/02-results/02-figur.yaml: the image has no alternative text (alt) – describe what it shows`,
      '  - the link "javascript:alert(1)" was removed (unsafe address); its text remains',
      `  - ${d}/report.yaml: the date is when the document was created – set the date of the meeting`,
      `  - ${d}/report.yaml: fill in the place, organiser and summary`,
      "",
      "Next: run npm run serve and look at the report; npm run check shows what is left to do.",
      "",
    ]);
    expectEnglish(r.out);
  });

  it("says in one English line why a file cannot be imported", () => {
    writeFileSync(join(dir, "import", "notes.docx"), "plain text");
    const r = run("import", join(dir, "import", "notes.docx"), "--content", content);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      `samling: cannot import ${join(dir, "import", "notes.docx")}: the file is not a Word document (.docx).\n`,
    );
    const missing = run("import", join(dir, "import", "gone.docx"), "--content", content);
    expect(missing.err).toBe(`samling: cannot import ${join(dir, "import", "gone.docx")}: the file does not exist.\n`);
    expectEnglish(r.err + missing.err);
  });
});

describe("samling serve --lang en", () => {
  const port = 19_000 + (process.pid % 1000);
  let child: ReturnType<typeof spawn> | undefined;
  let output = "";
  afterAll(() => {
    child?.kill();
  });

  it("says it is ready and where, in English", async () => {
    const content = englishContent("serve");
    child = spawn(
      process.execPath,
      [
        "bin/samling.mjs",
        "serve",
        "--content",
        content,
        "--out",
        join(dir, "serve", "_site"),
        "--port",
        String(port),
        "--lang",
        "en",
      ],
      {
        env: { ...process.env, SAMLING_CACHE: cache },
      },
    );
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const address = `samling: http://127.0.0.1:${port}/ (Ctrl+C to stop)`;
    const end = Date.now() + 60_000;
    while (!output.includes(address) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    const lines = output.trimEnd().split("\n");
    expect(lines, output).toHaveLength(2);
    expect(lines[0]).toMatch(/^samling: 1 report ready \(\d+ ms\)$/);
    expect(lines[1]).toBe(address);
    expectEnglish(output);
  });
});
