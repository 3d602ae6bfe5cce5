/**
 * A small site for the fault tests: one published report with a photo (so the
 * media cache has an entry) and text enough for a two-page PDF, and a way to
 * compare two builds of it — every file byte for byte, but the PDFs, which
 * are compared by their page count and text (Chromium's PDFs are not the same
 * bytes from one print to the next).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";

export const REPORT = "2025-02-11-dialogmote-legevakt";

export async function writeSmallSite(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), "samling-faults-"));
  const report = join(root, "content", "reports", REPORT);
  mkdirSync(join(report, "bilder"), { recursive: true });
  writeFileSync(join(root, "content", "site.yaml"), "name: Legevaktsamarbeidet i Midt-Agder\nlang: nb\n");
  writeFileSync(
    join(report, "report.yaml"),
    [
      "title: Dialogmøte om legevakt",
      "date: 2025-02-11",
      "place: Vennesla",
      "status: published",
      "summary: Kommunene og sykehuset drøftet ventetid og bemanning i legevakten om natten.",
      "",
    ].join("\n"),
  );
  const paragraph =
    "Legevakten i Midt-Agder tar imot pasienter fra fem kommuner. Om natten er det én lege på vakt, og ventetiden har økt. ";
  writeFileSync(join(report, "01-bakgrunn.md"), `---\ntitle: Bakgrunn\n---\n${paragraph.repeat(40)}\n`);
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#2a6f97" } })
    .jpeg({ quality: 80 })
    .toFile(join(report, "bilder", "legevakt.jpg"));
  writeFileSync(
    join(report, "02-bilde.yaml"),
    "kind: figure\ntitle: Legevakten\nsrc: bilder/legevakt.jpg\nalt: Inngangen til legevakten i Vennesla om kvelden.\n",
  );
  return root;
}

const pdfText = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
const pdfPages = (file: string) => /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1];

/** What differs between two built sites: missing or extra files, other bytes, or a PDF with other pages or text. */
export function differences(a: string, b: string): string[] {
  const listed = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
      .sort();
  const left = listed(a);
  const right = listed(b);
  const out = [
    ...left.filter((f) => !right.includes(f)).map((f) => `only in the first: ${f}`),
    ...right.filter((f) => !left.includes(f)).map((f) => `only in the second: ${f}`),
  ];
  for (const f of left.filter((x) => right.includes(x))) {
    const [x, y] = [join(a, f), join(b, f)];
    if (f.endsWith(".pdf")) {
      if (pdfPages(x) !== pdfPages(y) || pdfText(x) !== pdfText(y)) out.push(`another PDF: ${f}`);
    } else if (!readFileSync(x).equals(readFileSync(y))) out.push(`other bytes: ${f}`);
  }
  return out;
}
