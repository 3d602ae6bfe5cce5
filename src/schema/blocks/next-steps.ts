import * as z from "zod";
import { id, inline, isoDate, themeRefs } from "../common.ts";
import { blockBase } from "./base.ts";

export const nextSteps = z
  .strictObject({
    kind: z.literal("next-steps"),
    ...blockBase,
    items: z
      .array(
        z.strictObject({
          id: id.optional().describe("Id, så en senere rapport kan vise til steget."),
          what: inline.describe("Hva som skal skje."),
          when: isoDate.optional().describe("Når."),
          who: inline.optional().describe("Hvem som har ansvaret."),
          themes: themeRefs.optional(),
        }),
      )
      .default([])
      .describe("Stegene."),
    done: z
      .array(z.strictObject({ id: id.describe("Id-en til et steg i en tidligere rapport."), note: inline.optional().describe("Hva som ble gjort.") }))
      .optional()
      .meta({ description: "Steg fra tidligere rapporter som nå er gjort.", examples: [[{ id: "agder-2024-ssu-forankring", note: "Vedtatt i SSU 13. desember." }]] }),
  })
  .describe("Neste steg: hva, når, hvem.");
