/** The overview page's figures: counted from the model, each with a chart and its numbers in a table. */
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";

describe("the overview", () => {
  const overview = () => check("tests/fixtures/languages/content").model!.overview;

  it("counts reports per year, items per theme (by year in the table), solutions per status in their order, and reports per organiser", () => {
    const figures = Object.fromEntries(overview().map((f) => [f.id, f.table]));
    expect(figures["rapporter-per-ar"]).toEqual({ columns: ["Antall"], rows: [{ label: "2024", cells: ["3"] }] });
    expect(figures["punkter-per-tema"]).toEqual({
      columns: ["2024", "Antall"],
      rows: [
        { label: "Rekruttering", cells: ["2", "2"] },
        { label: "Kvalitet i tjenestene", cells: ["1", "1"] },
      ],
    });
    expect(figures["losninger-per-status"]!.rows.map((r) => r.label)).toEqual(["Utprøving", "I drift"]);
    expect(figures["rapporter-per-arrangor"]!.rows.map((r) => `${r.label} ${r.cells[0]}`)).toEqual([
      "Helsefellesskapet Øst 1",
      "Nordic Health Network 1",
      "Vestland fylkeskommune 1",
    ]);
  });

  it("draws each as a described bar chart", () => {
    const chart = overview().find((f) => f.id === "losninger-per-status")!.chart!;
    expect(chart.description).toBe("Utprøving: 1; I drift: 1");
    expect(chart.bars.map((b) => b.value)).toEqual([1, 1]);
  });
});
