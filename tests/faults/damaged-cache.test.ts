/**
 * Caches that heal: each kind of cache entry — a printed PDF, a resized
 * image, the store of parsed files — cut short, filled with garbage, or with a
 * part missing, is dropped with a warning naming it and made again. The build
 * succeeds and publishes what a clean build publishes; before, a cut-off PDF
 * was published as it was, and a cache entry with garbage stopped every build.
 */
import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { forgetParses } from "../../src/load/parse-cache.ts";
import { publishSite } from "../../src/publish/publish-site.ts";
import { differences, writeSmallSite } from "./small-site.ts";

let root: string;
let reference: string;
const caches = { pdf: "", media: "", parse: "" };

const build = async (out: string) => {
  forgetParses(); // as a new process would: the store on disk is read, not this process's memory
  return publishSite({
    contentDir: join(root, "content"),
    outDir: out,
    pdf: true,
    cacheDir: caches.pdf,
    mediaCacheDir: caches.media,
    parseCacheDir: caches.parse,
  });
};

beforeAll(async () => {
  root = await writeSmallSite();
  for (const kind of Object.keys(caches) as Array<keyof typeof caches>)
    caches[kind] = mkdtempSync(join(tmpdir(), `samling-cache-${kind}-`));
  reference = join(root, "reference");
  const first = await build(reference);
  expect(first.ok).toBe(true);
}, 120_000);

const entries = (dir: string, ext: RegExp) =>
  readdirSync(dir)
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));

/** One way of damaging one kind of cache, as a crash or a full disk leaves it. */
const DAMAGE: Array<[kind: keyof typeof caches, how: string, damage: () => void]> = [
  ["pdf", "a PDF cut short", () => truncateSync(entries(caches.pdf, /\.pdf$/)[0]!, 2000)],
  ["pdf", "facts with garbage after them", () => writeFileSync(entries(caches.pdf, /\.json$/)[0]!, '{"pages":2} xx')],
  ["pdf", "facts missing", () => rmSync(entries(caches.pdf, /\.json$/)[0]!)],
  ["media", "an image cut short", () => truncateSync(entries(caches.media, /\.(jpe?g|webp)$/)[0]!, 100)],
  ["media", "a manifest with garbage", () => writeFileSync(entries(caches.media, /\.json$/)[0]!, "{} ]]")],
  ["media", "an image missing", () => rmSync(entries(caches.media, /\.webp$/)[0]!)],
  ["parse", "a store cut short", () => truncateSync(entries(caches.parse, /\.v8$/)[0]!, 40)],
  ["parse", "a store of garbage", () => writeFileSync(entries(caches.parse, /\.v8$/)[0]!, "garbage".repeat(20))],
  ["parse", "a store without its hash", () => truncateSync(entries(caches.parse, /\.v8$/)[0]!, 10)],
];

describe("a damaged cache entry", () => {
  for (const [kind, how, damage] of DAMAGE) {
    it(`${kind}: ${how} — dropped with a warning naming it, made again, the site as a clean build makes it`, async () => {
      damage();
      const out = join(mkdtempSync(join(tmpdir(), "samling-healed-")), "_site");
      const result = await build(out);
      expect(result.ok, result.ok ? "" : String(result.error)).toBe(true);
      const warnings = result.diagnostics.filter((d) => d.rule === "cache/damaged");
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.severity).toBe("warning");
      expect(warnings[0]!.file).toContain(kind === "parse" ? ".v8" : "");
      expect(differences(reference, out)).toEqual([]);
      // Healed: the next build finds nothing wrong.
      const again = await build(join(mkdtempSync(join(tmpdir(), "samling-healed-")), "_site"));
      expect(again.ok && again.diagnostics.filter((d) => d.rule === "cache/damaged")).toEqual([]);
    }, 120_000);
  }
});
