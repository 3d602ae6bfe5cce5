/**
 * Images at scale: 200 photos across 50 synthetic reports (4 each, 2000 × 1333
 * JPEG, each different), built without PDFs — first with an empty image cache,
 * then again with nothing changed, which must not resize anything. Prints the
 * two times and how many images the second build made.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { publishSite } from "../src/publish/publish-site.ts";
import { writeSynthetic } from "./synthetic.ts";

const REPORTS = 50;
const PER_REPORT = 4;

async function writePhotos(root: string): Promise<void> {
  for (let r = 0; r < REPORTS; r++) {
    const dir = join(root, "content/reports", `rapport-${String(r).padStart(4, "0")}`);
    mkdirSync(join(dir, "bilder"), { recursive: true });
    const images: string[] = [];
    for (let i = 0; i < PER_REPORT; i++) {
      const hue = (r * PER_REPORT + i) * 7;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="1333"><defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${hue},50%,70%)"/><stop offset="1" stop-color="hsl(${hue + 60},40%,30%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${500 + i * 300}" cy="600" r="240" fill="hsl(${hue + 180},40%,50%)"/></svg>`;
      await sharp(Buffer.from(svg))
        .jpeg({ quality: 80 })
        .toFile(join(dir, "bilder", `foto-${i + 1}.jpg`));
      images.push(`  - { src: bilder/foto-${i + 1}.jpg, alt: Bilde ${i + 1} fra møtet. }`);
    }
    writeFileSync(
      join(dir, "90-bilder.yaml"),
      `kind: figure\ntitle: Bilder fra møtet\nimages:\n${images.join("\n")}\ncaption: Fra møtet.\n`,
    );
  }
}

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(2);

export async function benchImages(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "samling-bench-images-"));
  const cache = join(root, "media-cache");
  try {
    writeSynthetic(root, REPORTS);
    await writePhotos(root);
    const build = async (label: string) => {
      const start = performance.now();
      const result = await publishSite({
        contentDir: join(root, "content"),
        outDir: join(root, "site"),
        mediaCacheDir: cache,
      });
      if (!result.ok)
        throw new Error(
          `image bench content did not build: ${result.error ?? JSON.stringify(result.diagnostics.slice(0, 3))}`,
        );
      console.log(`${label.padEnd(44)} ${seconds(start)} s`);
    };
    const made = () =>
      readdirSync(cache)
        .filter((f) => f.endsWith(".json"))
        .map((f) => statSync(join(cache, f)).mtimeMs);
    console.log(`\nImages: ${REPORTS * PER_REPORT} photos across ${REPORTS} reports`);
    await build("first build (empty image cache)");
    const before = made();
    await build("unchanged rebuild");
    const after = made();
    const remade = after.filter((t, i) => t !== before[i]).length + Math.max(0, after.length - before.length);
    console.log(`images made again by the unchanged rebuild   ${remade} (of ${before.length})`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
