import { describe, expect, it } from "vitest";
import { AnchorRegistry, anchorSlug, slugify } from "../../src/shared/slug.ts";

describe("slugify", () => {
  it("transliterates Norwegian letters", () =>
    expect(slugify("Hvordan få til samarbeid på tvers av sektorer?")).toBe(
      "hvordan-fa-til-samarbeid-pa-tvers-av-sektorer",
    ));
  it("handles æ and ø", () => expect(slugify("Ærlig økonomi")).toBe("aerlig-okonomi"));
  it("never returns an empty anchor", () => expect(slugify("???")).toBe("del"));
  it("keeps anchors short", () => expect(slugify("a ".repeat(100)).length).toBeLessThanOrEqual(60));
});

describe("anchorSlug", () => {
  // An anchor that starts with a digit is no CSS selector, and the print layout looks targets up by selector.
  it.each([
    ["1 Innledning", "s-1-innledning"],
    ["1.1 Bakgrunn", "s-1-1-bakgrunn"],
    ["2.3.4 Detaljer", "s-2-3-4-detaljer"],
    ["2012-rapporten", "s-2012-rapporten"],
    ["12k: kostnader", "s-12k-kostnader"],
    ["Del 2", "del-2"],
  ])("%j → %j", (title, anchor) => {
    expect(anchorSlug(title)).toBe(anchor);
    expect(() => document_querySelector(anchor)).not.toThrow();
  });
});

/** What a browser's querySelector accepts: an identifier may not start with a digit (or a hyphen and a digit). */
function document_querySelector(id: string): void {
  if (!/^-?[_a-zA-Z\u00a0-\uffff][-\w\u00a0-\uffff]*$/.test(id))
    throw new SyntaxError(`'#${id}' is not a valid selector`);
}

describe("AnchorRegistry", () => {
  it("gives numbered titles anchors that start with a letter", () => {
    const anchors = new AnchorRegistry();
    expect(anchors.claim(undefined, "1 Innledning")).toBe("s-1-innledning");
    expect(anchors.claim(undefined, "1 Innledning")).toBe("s-1-innledning-2");
    expect([...anchors.taken]).toEqual(["s-1-innledning", "s-1-innledning-2"]);
  });
  it("numbers repeated titles and respects reserved ids", () => {
    const anchors = new AnchorRegistry(["tema"]);
    expect(anchors.claim(undefined, "Tema")).toBe("tema-2");
    expect(anchors.claim(undefined, "Tema")).toBe("tema-3");
    expect(anchors.claim("tema", "whatever")).toBe("tema");
  });
});
