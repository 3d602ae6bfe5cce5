import { describe, expect, it } from "vitest";
import { AnchorRegistry, slugify } from "../../src/model/slug.ts";

describe("slugify", () => {
  it("transliterates Norwegian letters", () => expect(slugify("Hvordan få til samarbeid på tvers av sektorer?")).toBe("hvordan-fa-til-samarbeid-pa-tvers-av-sektorer"));
  it("handles æ and ø", () => expect(slugify("Ærlig økonomi")).toBe("aerlig-okonomi"));
  it("never returns an empty anchor", () => expect(slugify("???")).toBe("del"));
  it("keeps anchors short", () => expect(slugify("a ".repeat(100)).length).toBeLessThanOrEqual(60));
});

describe("AnchorRegistry", () => {
  it("numbers repeated titles and respects reserved ids", () => {
    const anchors = new AnchorRegistry(["tema"]);
    expect(anchors.claim(undefined, "Tema")).toBe("tema-2");
    expect(anchors.claim(undefined, "Tema")).toBe("tema-3");
    expect(anchors.claim("tema", "whatever")).toBe("tema");
  });
});
