/**
 * Import: a Word document of ~50 MB (a long report with 60 photos) and a text-only
 * one of 400 sections — time per MB, peak memory, and how much of the text the
 * draft keeps (words of the document found in the Markdown written).
 * The documents are made here with the `docx` package, so the run is reproducible.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Paragraph, ImageRun } from "docx";
import mammoth from "mammoth";
import sharp from "sharp";
import { importDocx } from "../src/import/import-docx.ts";
import { bullet, docxFile, heading } from "../tests/import/make-docx.ts";
import { writeBomb } from "../tests/faults/make-bomb.ts";
import { PEAK_HOOK, peakMegabytes } from "../tests/faults/peak-memory.ts";

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

async function bigDocument(sections: number, photos: number): Promise<Buffer> {
  const children: Paragraph[] = [];
  // Noise does not compress: each photo is close to its raw size, as a phone's JPEG is.
  const photo = (_: number) =>
    sharp(randomBytes(640 * 480 * 3), { raw: { width: 640, height: 480, channels: 3 } })
      .png({ compressionLevel: 1 })
      .toBuffer();
  for (let s = 0; s < sections; s++) {
    children.push(heading(1, `Kapittel ${s + 1}: Tjenester i sone ${s + 1}`), heading(2, `Bakgrunn for sone ${s + 1}`));
    children.push(
      new Paragraph(
        `I sone ${s + 1} fikk ${s * 3 + 7} brukere hverdagsrehabilitering, og ${s + 2} ansatte deltok i opplæringen i løpet av året.`,
      ),
    );
    children.push(
      bullet(`Kartlegging i sone ${s + 1}`),
      bullet(`Felles mål for uke ${s + 1}`, 1),
      bullet("Oppfølging hver uke"),
    );
    if (s < photos)
      children.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: "png",
              data: await photo(s),
              transformation: { width: 320, height: 240 },
              altText: { name: `foto${s}`, title: "Foto", description: `Hjemmebesøk i sone ${s + 1}` },
            }),
          ],
        }),
      );
  }
  return docxFile(children);
}

async function measure(name: string, bytes: Buffer): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "samling-bench-import-"));
  const content = join(dir, "content");
  mkdirSync(join(content, "reports"), { recursive: true });
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  const mb = statSync(file).size / 1_000_000;
  const start = performance.now();
  const result = await importDocx({
    file,
    contentDir: content,
    projectDir: process.cwd(),
    date: "2025-01-01",
    today: "2025-01-01",
  });
  const seconds = (performance.now() - start) / 1000;
  if (!result.ok) throw new Error(result.reason);
  const text = new Set(
    words(
      readdirSync(result.dir, { recursive: true })
        .map(String)
        .filter((f) => /\.(md|ya?ml)$/.test(f))
        .map((f) => readFileSync(join(result.dir, f), "utf8"))
        .join("\n"),
    ),
  );
  const source = words((await mammoth.extractRawText({ path: file })).value);
  const kept = source.filter((w) => text.has(w)).length / source.length;
  console.log(
    `import ${name}: ${mb < 1 ? `${Math.round(mb * 1000)} kB` : `${mb.toFixed(1)} MB`} in ${seconds.toFixed(1)} s (${(seconds / mb).toFixed(2)} s/MB), ${result.laidOut.counts.sections} chapters, ${result.laidOut.counts.images} images; text kept ${(kept * 100).toFixed(1)} %; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
}

/** The 1.5 MB «zip bomb» (1.5 GB unpacked): how soon import refuses it, in a process of its own for its memory. */
function measureBomb(): void {
  const dir = mkdtempSync(join(tmpdir(), "samling-bench-bomb-"));
  const file = join(dir, "bombe.docx");
  writeBomb(file);
  const content = join(dir, "content");
  mkdirSync(join(content, "reports"), { recursive: true });
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    ["--import", PEAK_HOOK, "bin/samling.mjs", "import", file, "--content", content],
    {
      encoding: "utf8",
    },
  );
  const ms = performance.now() - start;
  const peak = peakMegabytes(run.stderr);
  const refused = run.status === 1 && run.stderr.includes("zip");
  console.log(
    `import zip bomb (${(statSync(file).size / 1_000_000).toFixed(1)} MB → 1.5 GB): ${refused ? "refused" : "NOT refused"} in ${Math.round(ms)} ms, whole process (Node start included); peak memory ${Math.round(peak)} MB (its own VmHWM)`,
  );
}

export async function benchImport(): Promise<void> {
  await measure("text-400-sections", await bigDocument(400, 0));
  await measure("photos-50mb", await bigDocument(60, 60));
  measureBomb();
}
