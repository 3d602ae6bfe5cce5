import { describe, expect, it } from "vitest";
import { formatCitations } from "../../src/cite/format-citations.ts";
import type { CslItem } from "../../src/load/bibliography.ts";
import { parseCitation } from "../../src/shared/citation-syntax.ts";

const library = new Map<string, CslItem>(
  (
    [
      {
        id: "moland2013",
        type: "book",
        title: "Samhandling i praksis",
        publisher: "Fagbokforlaget",
        issued: { "date-parts": [[2013]] },
        author: [
          { family: "Moland", given: "Leif" },
          { family: "Berg", given: "Kari" },
          { family: "Lie", given: "Ola" },
        ],
      },
      {
        id: "helsedir",
        type: "report",
        title: "Samhandlingsstatistikk",
        publisher: "Helsedirektoratet",
        author: [{ literal: "Helsedirektoratet" }],
      },
      {
        id: "engen2017",
        type: "thesis",
        genre: "mathesis",
        title: "Kombistillinger",
        publisher: "Universitetet i Agder",
        issued: { "date-parts": [[2017]] },
        author: [{ family: "Engen", given: "Siri" }],
      },
      {
        id: "ucited",
        type: "book",
        title: "Aldri sitert",
        issued: { "date-parts": [[2001]] },
        author: [{ family: "Ås", given: "Per" }],
      },
    ] as CslItem[]
  ).map((i) => [i.id, i]),
);
const cite = (source: string) => ({ source, items: parseCitation(source.slice(1, -1))! });

describe("formatCitations (APA 7)", () => {
  it("writes Norwegian terms in a Norwegian report: «mfl.», «s.», «u.å.»", () => {
    const out = formatCitations(library, [cite("[@moland2013, s. 12]"), cite("[se @helsedir]")], "nb");
    expect(out.citations.get("[@moland2013, s. 12]")).toBe("(Moland mfl., 2013, s. 12)");
    expect(out.citations.get("[se @helsedir]")).toBe("(se Helsedirektoratet, u.å.)");
  });

  it("writes English terms in an English report", () => {
    const out = formatCitations(library, [cite("[@moland2013, s. 12]")], "en");
    expect(out.citations.get("[@moland2013, s. 12]")).toBe("(Moland et al., 2013, p. 12)");
  });

  it("lists what is cited, in the style's order, with a thesis's kind in the report's language", () => {
    const out = formatCitations(library, [cite("[@moland2013]"), cite("[@engen2017]")], "nb");
    expect(out.entries.map((e) => e.key)).toEqual(["engen2017", "moland2013"]);
    expect(out.entries[0]!.html).toBe(
      "Engen, S. (2017). <i>Kombistillinger</i> [Masteroppgave]. Universitetet i Agder.",
    );
    expect(out.entries[1]!.html).toContain(
      "Moland, L., Berg, K., &#38; Lie, O. (2013). <i>Samhandling i praksis</i>. Fagbokforlaget.",
    );
  });

  it("lists every work of the bibliography when asked to, cited or not", () => {
    expect(formatCitations(library, [cite("[@moland2013]")], "nb", true).entries.map((e) => e.key)).toContain("ucited");
  });

  it("leaves out a citation of a key the bibliography lacks (the checks report it)", () => {
    const out = formatCitations(library, [cite("[@ukjent]")], "nb");
    expect(out.citations.size).toBe(0);
    expect(out.entries).toEqual([]);
  });
});
