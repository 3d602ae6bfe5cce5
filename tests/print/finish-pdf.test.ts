import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { finishPdf } from "../../src/print/finish-pdf.ts";

/** A one-page PDF with a structure tree whose element ids start at `offset`, as Chromium's do. */
async function taggedPdf(offset: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const id = (n: number) => PDFString.of(`node${String(offset + n).padStart(8, "0")}`);
  const th = doc.context.obj({ Type: "StructElem", S: "TH", ID: id(1) });
  const td = doc.context.obj({
    Type: "StructElem",
    S: "TD",
    ID: id(2),
    A: doc.context.obj({ O: "Table", Headers: [id(1)] }),
  });
  const idTree = doc.context.obj({
    Names: [id(1), doc.context.register(th), id(2), doc.context.register(td)],
    Limits: [id(1), id(2)],
  });
  doc.catalog.set(
    PDFName.of("StructTreeRoot"),
    doc.context.obj({ Type: "StructTreeRoot", IDTree: doc.context.register(idTree) }),
  );
  return doc.save({ useObjectStreams: false });
}

const info = { title: "Prøve", keywords: [], lang: "nb", date: new Date("2024-05-02T00:00:00Z") };

describe("finishPdf", () => {
  it("gives the same bytes for prints whose structure ids only differ by an offset", async () => {
    const [a, b] = await Promise.all([
      taggedPdf(255).then((p) => finishPdf(p, info, [])),
      taggedPdf(256).then((p) => finishPdf(p, info, [])),
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("renumbers ids everywhere they are used", async () => {
    const doc = await PDFDocument.load(await finishPdf(await taggedPdf(900), info, []));
    const tree = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict).lookup(PDFName.of("IDTree"), PDFDict);
    const names = tree.lookup(PDFName.of("Names"), PDFArray);
    expect((names.get(0) as PDFString).decodeText()).toBe("node00000001");
    expect((names.get(2) as PDFString).decodeText()).toBe("node00000002");
    const td = names.lookup(3, PDFDict);
    const headers = td.lookup(PDFName.of("A"), PDFDict).lookup(PDFName.of("Headers"), PDFArray);
    expect((headers.get(0) as PDFString).decodeText()).toBe("node00000001");
    expect((td.get(PDFName.of("ID")) as PDFString).decodeText()).toBe("node00000002");
  });

  it("writes the report's information and a date that does not depend on the clock", async () => {
    const doc = await PDFDocument.load(await finishPdf(await taggedPdf(1), info, []), { updateMetadata: false });
    expect(doc.getTitle()).toBe("Prøve");
    expect(doc.getCreationDate()?.toISOString()).toBe("2024-05-02T00:00:00.000Z");
    expect(doc.getProducer()).toMatch(/^samling/);
  });
});
