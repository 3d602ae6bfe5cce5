/**
 * A .docx's zip directory is read before anything is unpacked, and a zip that
 * would unpack beyond a document's bounds is refused with its reason — a small
 * real «bomb» here (5 MB of zeros packed to a few KB), the 1.5 GB one in
 * tests/faults/.
 */
import { Paragraph } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkZip, readZipDirectory, ZIP_LIMITS } from "../../src/import/zip-directory.ts";
import { docxFile } from "./make-docx.ts";

const zip = (files: Record<string, string | Buffer>) => {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
};

describe("the zip directory", () => {
  it("lists a Word document's parts with their packed and unpacked sizes, and lets it through", async () => {
    const docx = await docxFile([new Paragraph("Tekst")]);
    const verdict = checkZip(docx);
    expect(verdict.ok).toBe(true);
    const names = (verdict as { entries: { name: string }[] }).entries.map((e) => e.name);
    expect(names).toContain("word/document.xml");
    const entries = readZipDirectory(docx)!;
    expect(entries.find((e) => e.name === "word/document.xml")!.packed).toBeGreaterThan(0);
  });

  it("names the entry that unpacks far beyond its packed size, without unpacking it", async () => {
    const bomb = await zip({ "word/document.xml": Buffer.alloc(5_000_000), "[Content_Types].xml": "<Types/>" });
    expect(bomb.length).toBeLessThan(50_000);
    const verdict = checkZip(bomb);
    expect(verdict).toMatchObject({
      ok: false,
      why: "bomb",
      entry: { name: "word/document.xml", unpacked: 5_000_000 },
    });
  });

  it("refuses an XML part over its bound even when it packs no better than text", async () => {
    const verdict = checkZip(await zip({ "word/document.xml": "<w:t>tekst</w:t>".repeat(1000) }), {
      ...ZIP_LIMITS,
      xml: 10_000,
    });
    expect(verdict).toMatchObject({ ok: false, why: "bomb" });
  });

  it("refuses too many entries, and too much in all", async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`bilde${i}.png`, "x".repeat(100)]));
    expect(checkZip(await zip(files), { ...ZIP_LIMITS, entries: 10 })).toEqual({
      ok: false,
      why: "entries",
      count: 12,
    });
    expect(checkZip(await zip(files), { ...ZIP_LIMITS, total: 1000 })).toEqual({
      ok: false,
      why: "total",
      unpacked: 1200,
    });
  });

  it("calls a zip whose directory is cut off damaged", async () => {
    const docx = await docxFile([new Paragraph("Tekst")]);
    expect(checkZip(docx.subarray(0, docx.length - 30))).toEqual({ ok: false, why: "damaged" });
    expect(checkZip(Buffer.from("PK\u0003\u0004 bare starten"))).toEqual({ ok: false, why: "damaged" });
  });
});
