import { describe, expect, it } from "vitest";
import { hyphenateHtml } from "../../src/render/hyphenate.ts";

const SHY = "\u00ad";

describe("hyphenateHtml", () => {
  it("puts soft hyphens into long Norwegian words, never into tags or attributes", () => {
    const html = hyphenateHtml('<p title="samhandlingsavtalen">Samhandlingsavtalen</p>', "nb");
    expect(html).toBe(`<p title="samhandlingsavtalen">Sam${SHY}hand${SHY}lings${SHY}av${SHY}ta${SHY}len</p>`);
  });

  it("never hyphenates a web or e-mail address; it may break after «/» and «.» instead", () => {
    const html = hyphenateHtml(
      '<p><a href="https://gausdal.kommune.no/helse">gausdal.kommune.no/helse</a>, postmottak@gausdal.kommune.no, https://www.helsedirektoratet.no/veiledere</p>',
      "nb",
    );
    expect(html).not.toContain(SHY);
    expect(html).toContain('<a href="https://gausdal.kommune.no/helse">gausdal.<wbr>kommune.<wbr>no/<wbr>helse</a>');
    expect(html).toContain("postmottak@gausdal.<wbr>kommune.<wbr>no");
    expect(html).toContain("https://<wbr>www.<wbr>helsedirektoratet.<wbr>no/<wbr>veiledere");
  });

  it("leaves a run too long to be a word as it is, quickly", () => {
    const run = "x".repeat(200_000);
    const started = performance.now();
    expect(hyphenateHtml(`<p>${run} samhandlingsavtalen</p>`, "nb")).toBe(
      `<p>${run} sam${SHY}hand${SHY}lings${SHY}av${SHY}ta${SHY}len</p>`,
    );
    // Not a timing assertion on speed goals: a guard against the quadratic cost the fuzzer found (minutes).
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("never breaks a name with a capital inside it, an abbreviation, or a word the site keeps whole", () => {
    const html = hyphenateHtml(
      "<p>Forskere ved OsloMet, KS-rapporten, ØKONOMIAVDELINGEN og Helsefellesskapet; kommunikasjonsrådgiveren.</p>",
      "nb",
      ["helsefellesskapet"],
    );
    expect(html).toContain("OsloMet,");
    expect(html).toContain("KS-rapporten,");
    expect(html).toContain("ØKONOMIAVDELINGEN og");
    expect(html).toContain("Helsefellesskapet;");
    // Ordinary words still break: «Forskere» and the long compound.
    expect(html).toContain(`kom${SHY}mu${SHY}ni${SHY}ka${SHY}sjons`);
    expect(html).toContain(`Fors${SHY}ke${SHY}re`);
  });
});
