import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_RELATED, relateReports } from "../../src/model/themes.ts";
import type { ReportModel } from "../../src/model/types.ts";

/** The definition: every other report, by themes in common (most first), then archive order. */
function naive(reports: readonly ReportModel[]): string[][] {
  return reports.map((r) =>
    reports
      .filter((o) => o !== r)
      .map((o) => ({ url: o.url, shared: r.themes.filter((t) => o.themes.some((x) => x.id === t.id)).length }))
      .filter((x) => x.shared > 0)
      .sort((a, b) => b.shared - a.shared)
      .slice(0, MAX_RELATED)
      .map((x) => x.url),
  );
}

const report = (i: number, themes: string[]) =>
  ({
    title: `R${i}`,
    url: `/r${i}/`,
    lang: "nb",
    themes: themes.map((id) => ({ id, name: id, url: `/tema/${id}/` })),
    related: [],
  }) as unknown as ReportModel;

describe("relateReports", () => {
  it("finds, for every report, the same related reports as comparing every pair would", () => {
    const themeSets = fc.array(fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e", "f"), { maxLength: 5 }), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(themeSets, (sets) => {
        const reports = sets.map((t, i) => report(i, t));
        const expected = naive(reports);
        const related = relateReports(reports);
        expect(related.map((r) => r.related.map((x) => x.url))).toEqual(expected);
        expect(reports.every((r) => r.related.length === 0)).toBe(true); // the given models are left as they were
      }),
      { numRuns: 300 },
    );
  });
});
