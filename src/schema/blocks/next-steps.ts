import * as z from "zod";
import { id, inline, isoDate } from "../common.ts";
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
        }),
      )
      .min(1),
  })
  .describe("Neste steg: hva, når, hvem.");
