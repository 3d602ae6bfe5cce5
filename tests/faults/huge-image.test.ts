/**
 * An image whose header claims 100,000 × 100,000 pixels (40 GB to decode) in
 * a file of a few hundred bytes: `check` reports it at the line that shows it,
 * from the header alone, and the build stops before anything is decoded — it
 * neither runs out of memory nor writes a site.
 */
import { deflateSync } from "node:zlib";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { publishSite } from "../../src/publish/publish-site.ts";
import { formatReport } from "../../src/validate/format-report.ts";

/** A PNG with a true IHDR for width × height and one small compressed row: what a header-only check reads. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4); // not checked by the size reader; a decoder would refuse long before
    return Buffer.concat([length, Buffer.from(type, "ascii"), data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.alloc(64))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("an image with a 100,000 × 100,000 header", () => {
  const root = mkdtempSync(join(tmpdir(), "samling-huge-image-"));
  const report = join(root, "content", "reports", "2025-04-01-kart");
  mkdirSync(join(report, "bilder"), { recursive: true });
  writeFileSync(join(root, "content", "site.yaml"), "name: Test\n");
  writeFileSync(join(report, "report.yaml"), "title: Kart\nstatus: draft\n");
  writeFileSync(join(report, "bilder", "kart.png"), pngClaiming(100_000, 100_000));
  writeFileSync(
    join(report, "01-kart.yaml"),
    "kind: figure\ntitle: Kart\nsrc: bilder/kart.png\nalt: Kart over regionen.\n",
  );

  it("is reported where it is shown, with the limit, and not decoded", () => {
    const report = formatReport(check(join(root, "content"), { drafts: true }).diagnostics, "nb");
    expect(report).toContain(
      "01-kart.yaml:3:6  feil  bildet «bilder/kart.png» er 100000 × 100000 piksler  image/too-many-pixels",
    );
    expect(report).toContain("Grensen er 100 megapiksler");
  });

  it("stops the build before anything is made", async () => {
    const out = join(root, "_site");
    const result = await publishSite({ contentDir: join(root, "content"), outDir: out, drafts: true });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.rule)).toContain("image/too-many-pixels");
    expect(existsSync(out)).toBe(false);
  });
});
