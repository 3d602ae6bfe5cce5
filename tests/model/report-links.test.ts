/** Links between reports: each end shows it — the report that names another, and the other, back. */
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";

const linksOf = (content: string, id: string, options = {}) => {
  const report = check(content, options).model!.reports.find((r) => r.id === id)!;
  return report.links.map((g) => [g.label, g.links.map((l) => l.url)]);
};

describe("links between reports", () => {
  it("show what a report builds on — other reports and pages elsewhere — and what says so of it", () => {
    const fixture = "tests/fixtures/languages/content";
    expect(linksOf(fixture, "2024-11-05-bokmal")).toEqual([
      ["buildsOn", ["/2024-10-24-nynorsk/", "https://example.org/bemanningsplan"]],
      ["seenAlsoFrom", ["/2024-10-01-english/"]],
    ]);
    expect(linksOf(fixture, "2024-10-24-nynorsk")).toEqual([
      ["followUpOf", ["/2024-10-01-english/"]],
      ["builtOnBy", ["/2024-11-05-bokmal/"]],
    ]);
    expect(linksOf(fixture, "2024-10-01-english")).toEqual([
      ["seeAlso", ["/2024-11-05-bokmal/"]],
      ["followedUpBy", ["/2024-10-24-nynorsk/"]],
    ]);
  });

  it("leave out a report that gets no page in the build (a draft), at both ends", () => {
    const fixture = "tests/fixtures/valid/content";
    // The draft follows up the published report: shown when drafts are built, not otherwise.
    expect(linksOf(fixture, "2024-03-01-alle-blokker", { drafts: true })).toContainEqual([
      "followedUpBy",
      ["/2024-01-01-utkast/"],
    ]);
    expect(linksOf(fixture, "2024-03-01-alle-blokker")).toEqual([["buildsOn", ["https://example.no/handlingsplan"]]]);
  });
});
