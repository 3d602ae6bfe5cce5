/** The media stage: widths, formats, the print version, the cache between builds, byte-identical output. */
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyMedia, IMAGE_WIDTHS, processImages } from "../../src/media/images.ts";

const photo = "tests/fixtures/print/content/reports/figurer/bilder/plenum.jpg"; // 2400 × 1350
const svg = "tests/fixtures/print/content/reports/figurer/bilder/samhandlingsmodell.svg";
const tmp = () => mkdtempSync(join(tmpdir(), "samling-media-"));

describe("processImages", () => {
  it("makes each width in WebP and the image's own format, the largest for print", async () => {
    const index = await processImages([photo], tmp());
    const image = index.get(photo)!;
    expect(image.sources.map((s) => s.type)).toEqual(["image/webp", "image/jpeg"]);
    for (const s of image.sources) expect(s.variants.map((v) => v.width)).toEqual(IMAGE_WIDTHS);
    expect(image.print).toMatchObject({ width: 1600, height: 900 });
    expect({ width: image.width, height: image.height }).toEqual({ width: 1600, height: 900 });
    expect(image.fallback.url).toMatch(/^\/bilder\/.+-960\.jpeg$/);
  });

  it("passes SVG through as it is", async () => {
    const image = (await processImages([svg], tmp())).get(svg)!;
    expect(image.sources.map((s) => s.type)).toEqual(["image/svg+xml"]);
    expect(image.print.url).toMatch(/\.svg$/);
    expect({ width: image.width, height: image.height }).toEqual({ width: 640, height: 300 });
  });

  it("makes nothing again when the cache holds it, and the same bytes when it makes it anew", async () => {
    const cache = tmp();
    const first = await processImages([photo], cache);
    const files = readdirSync(cache).sort();
    const stamps = files.map((f) => statSync(join(cache, f)).mtimeMs);
    await new Promise((r) => setTimeout(r, 20));
    const second = await processImages([photo], cache);
    expect(second).toEqual(first);
    expect(files.map((f) => statSync(join(cache, f)).mtimeMs)).toEqual(stamps);

    const other = tmp();
    await processImages([photo], other);
    for (const f of files) expect(readFileSync(join(other, f)).equals(readFileSync(join(cache, f)))).toBe(true);
  });

  it("copies what it made into the site under /bilder/", async () => {
    const cache = tmp();
    const index = await processImages([photo, svg], cache);
    const site = tmp();
    copyMedia(index, cache, site);
    const published = readdirSync(join(site, "bilder")).sort();
    expect(published).toEqual([...index.values()].flatMap((i) => i.files).sort());
  });
});
