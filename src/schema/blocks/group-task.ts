import * as z from "zod";
import { inline, themedText } from "../common.ts";
import { blockBase } from "./base.ts";

export const groupTask = z
  .strictObject({
    kind: z.literal("group-task"),
    ...blockBase,
    number: z.number().int().min(1).optional().describe("Oppgavens nummer."),
    question: inline.describe("Oppgaven gruppene fikk."),
    proposalsHeading: inline.optional().meta({
      description: "Overskrift over forslagene. Standard: «Gruppenes hovedforslag».",
      examples: ["Forslag fra bordene"],
    }),
    proposals: z.array(themedText).optional().describe("Gruppenes forslag."),
    numbered: z.boolean().default(false).describe("Om forslagene er nummerert."),
    measuresHeading: inline.optional().describe("Overskrift over tiltakene. Standard: «Konkrete tiltak»."),
    measures: z.array(themedText).optional().describe("Konkrete tiltak."),
  })
  .describe("Gruppeoppgave: oppgaven, hovedforslag og konkrete tiltak.");
