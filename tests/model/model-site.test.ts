import { describe, expect, it } from "vitest";
import { byDateDescending } from "../../src/model/model-site.ts";
import type { ReportModel } from "../../src/model/types.ts";

const report = (title: string, date?: string) => ({ title, ...(date && { date }) }) as ReportModel;

describe("archive order", () => {
  it("puts the newest first", () => {
    expect([report("A", "2023-01-01"), report("B", "2024-01-01")].sort(byDateDescending).map((r) => r.title)).toEqual([
      "B",
      "A",
    ]);
  });
  it("orders reports of the same day alphabetically in Norwegian: æ, ø, å after z", () => {
    const titles = ["Åpen dag", "Ørsta", "Zebra", "Ærlig talt", "Andøy"].map((t) => report(t, "2024-05-05"));
    expect(titles.sort(byDateDescending).map((r) => r.title)).toEqual([
      "Andøy",
      "Zebra",
      "Ærlig talt",
      "Ørsta",
      "Åpen dag",
    ]);
  });
});
