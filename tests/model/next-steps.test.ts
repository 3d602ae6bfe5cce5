/** Where next steps stand: their own status or the latest later report's, and which are overdue on a given day. */
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { today } from "../../src/model/next-steps.ts";

const stepsAsOf = (asOf: string) => check("tests/fixtures/steps/content", { asOf }).model!.nextSteps;

describe("next steps' status", () => {
  it("takes a step's status from the latest report that changed it, else its own, else planned", () => {
    const status = Object.fromEntries(stepsAsOf("2024-05-01").map((s) => [s.what, s.status]));
    expect(status).toEqual({
      "Tidlig avklaring": "droppet",
      "Forankring i SSU": "gjennomført",
      Evaluering: "planlagt",
      "Ny plan": "planlagt",
      "Informasjon til alle": "planlagt",
      "Felles opplæring": "pågår",
    });
  });

  it("calls an open step overdue from the day after its due date, on the day the build is told", () => {
    const overdue = (asOf: string) =>
      stepsAsOf(asOf)
        .filter((s) => s.overdue)
        .map((s) => s.what);
    expect(overdue("2025-01-15")).toEqual([]);
    expect(overdue("2025-01-16")).toEqual(["Evaluering"]);
    expect(overdue("2100-01-01")).toEqual(["Evaluering", "Ny plan"]);
  });

  it("takes the build's day from SOURCE_DATE_EPOCH when it is set", () => {
    expect(today({ SOURCE_DATE_EPOCH: "1700000000" })).toBe("2023-11-14");
    expect(today({})).toBe(new Date().toISOString().slice(0, 10));
  });
});
