/**
 * One page of every next step across reports, by where it stands: a section
 * per status (ongoing, planned, completed, dropped), each by due date with the
 * undated under «Uten frist»; a later report can complete or drop a step, and
 * the page says which; open steps past their due date are marked.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { read } from "../helpers/html.ts";

let out: string;
beforeAll(async () => {
  out = await buildInto("tests/fixtures/steps/content");
});

/** The page as sections: each status's heading, then its steps as «what» or «Uten frist» markers, in order. */
function sections(page: string): Array<[string, string[]]> {
  return [...page.matchAll(/<section class="step-group"[^>]*>([\s\S]*?)<\/section>/g)].map(([, body]) => {
    const heading = /<h2 class="step-group__title"[^>]*>([^<]+?) <span/.exec(body!)![1]!;
    const entries = [
      ...body!.matchAll(
        /<h3 class="step-group__undated">([^<]+)<\/h3>|<p class="next-step__what"><a href="[^"]+">([^<]+)<\/a>/g,
      ),
    ].map((m) => (m[1] ? `— ${m[1]}` : m[2]!));
    return [heading, entries];
  });
}

describe("next steps across reports", () => {
  it("groups every step by status — ongoing, planned, completed, dropped — by due date, the undated under «Uten frist»", () => {
    expect(sections(read(out, "neste-steg/index.html"))).toEqual([
      ["Pågår", ["— Uten frist", "Felles opplæring"]],
      ["Planlagt", ["Evaluering", "Ny plan", "— Uten frist", "Informasjon til alle"]],
      ["Gjennomført", ["Forankring i SSU"]],
      ["Droppet", ["Tidlig avklaring"]],
    ]);
  });

  it("links each step to its own place in its report, and names the report with its year", () => {
    const page = read(out, "neste-steg/index.html");
    expect(page).toContain('<a href="/2024-03-01-forste/#tidlig-steg">Tidlig avklaring</a>');
    expect(page).toContain('<a href="/2024-09-01-oppfolging/#status-fra-forrige-mote-1">Evaluering</a>');
    expect(page).toContain("<dt>Rapport</dt> <dd>Første møte (2024)</dd>");
    expect(read(out, "2024-03-01-forste/index.html")).toContain('<li class="next-step" id="veien-videre-2">');
  });

  it("marks open steps past their due date, and only those", () => {
    const page = read(out, "neste-steg/index.html");
    const overdue = [
      ...page.matchAll(/<a href="[^"]+">([^<]+)<\/a> <strong class="next-step__overdue">Over fristen<\/strong>/g),
    ].map((m) => m[1]);
    expect(overdue).toEqual(["Evaluering"]); // «Tidlig avklaring» is as old, but dropped; «Ny plan» is due in 2099
  });

  it("shows which later report completed or dropped a step, and what it said", () => {
    const page = read(out, "neste-steg/index.html");
    expect(page).toContain(
      '<dt>Status fra</dt> <dd><a href="/2024-09-01-oppfolging/#status-fra-forrige-mote">Oppfølgingsmøte</a> – Vedtatt i SSU 13. juni.</dd>',
    );
    expect(page).toContain(
      '<dt>Status fra</dt> <dd><a href="/2025-02-01-tredje/#hvor-stegene-star">Tredje møte</a> – Ikke lenger aktuelt.</dd>',
    );
    expect(read(out, "2024-09-01-oppfolging/index.html")).toContain(
      '<strong>Gjort:</strong> <a href="/2024-03-01-forste/#forankring-i-ssu">Forankring i SSU</a> (Første møte)',
    );
    const third = read(out, "2025-02-01-tredje/index.html");
    expect(third).toContain(
      '<strong>Droppet:</strong> <a href="/2024-03-01-forste/#tidlig-steg">Tidlig avklaring</a> (Første møte)',
    );
    expect(third).toContain("<dt>Status</dt> <dd>Pågår</dd>");
  });
});
