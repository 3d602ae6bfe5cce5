/** One page of every next step across reports, by date; a later report can mark a step done. */
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { read } from "../helpers/html.ts";

let out: string;
beforeAll(async () => {
  out = await buildInto("tests/fixtures/steps/content");
});

describe("next steps across reports", () => {
  const steps = () => [...read(out, "neste-steg/index.html").matchAll(/<p class="next-step__what"><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[2], m[1]]);

  it("lists every step by date, undated last, each linked to its own place in its report", () => {
    expect(steps()).toEqual([
      ["Tidlig avklaring", "/2024-03-01-forste/#tidlig-steg"],
      ["Forankring i SSU", "/2024-03-01-forste/#forankring-i-ssu"],
      ["Evaluering", "/2024-09-01-oppfolging/#status-fra-forrige-mote-1"],
      ["Informasjon til alle", "/2024-03-01-forste/#veien-videre-2"],
    ]);
    expect(read(out, "2024-03-01-forste/index.html")).toContain('<li class="next-step" id="veien-videre-2">');
  });

  it("shows a step a later report marked done, and where", () => {
    const page = read(out, "neste-steg/index.html");
    expect((page.match(/next-step--done/g) ?? []).length).toBe(1);
    expect(page).toContain('<dt>Gjort</dt> <dd><a href="/2024-09-01-oppfolging/#status-fra-forrige-mote">Oppfølgingsmøte</a> – Vedtatt i SSU 13. juni.</dd>');
    expect(read(out, "2024-09-01-oppfolging/index.html")).toContain('<strong>Gjort:</strong> <a href="/2024-03-01-forste/#forankring-i-ssu">Forankring i SSU</a> (Første møte)');
  });
});
