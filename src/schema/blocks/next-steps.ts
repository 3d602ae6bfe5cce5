import * as z from "zod";
import { id, inline, isoDate, solutionRef, themeRefs } from "../common.ts";
import { blockBase } from "./base.ts";

/** Where a step stands. A later report can move it on (`updates`, `done`). */
export const stepStatuses = ["planlagt", "pågår", "gjennomført", "droppet"] as const;
const stepStatus = z.enum(stepStatuses);

export const nextSteps = z
  .strictObject({
    kind: z.literal("next-steps"),
    ...blockBase,
    items: z
      .array(
        z.strictObject({
          id: id.optional().describe("Id, så en senere rapport kan vise til steget."),
          what: inline.describe("Hva som skal skje."),
          when: isoDate
            .optional()
            .describe("Frist: når det skal være gjort. Uten frist står steget under «uten frist»."),
          who: inline.optional().describe("Hvem som har ansvaret."),
          status: stepStatus
            .optional()
            .describe("Hvor steget står: planlagt (om ikke annet er sagt), pågår, gjennomført eller droppet."),
          themes: themeRefs.optional(),
          solution: solutionRef.optional(),
        }),
      )
      .default([])
      .describe("Stegene."),
    done: z
      .array(
        z.strictObject({
          id: id.describe("Id-en til et steg i en tidligere rapport."),
          note: inline.optional().describe("Hva som ble gjort."),
        }),
      )
      .optional()
      .meta({
        description: "Steg fra tidligere rapporter som nå er gjort.",
        examples: [[{ id: "agder-2024-ssu-forankring", note: "Vedtatt i SSU 13. desember." }]],
      }),
    updates: z
      .array(
        z.strictObject({
          id: id.describe("Id-en til et steg i en tidligere rapport."),
          status: stepStatus.describe("Stegets nye status."),
          note: inline.optional().describe("Hva som har skjedd."),
        }),
      )
      .optional()
      .meta({
        description: "Steg fra tidligere rapporter som har fått ny status: pågår, gjennomført, droppet.",
        examples: [[{ id: "agder-2024-ssu-forankring", status: "pågår", note: "Saken er sendt til kommunene." }]],
      }),
  })
  .describe("Neste steg: hva, når, hvem.");
