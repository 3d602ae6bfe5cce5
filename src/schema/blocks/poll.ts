import * as z from "zod";
import * as common from "../common.ts";
import { inline } from "../common.ts";
import { blockBase } from "./base.ts";

/** A poll answer: a summary, and how many chose it when the poll counted. */
const pollItem = z
  .strictObject({
    title: inline.optional().describe("Kort overskrift eller stikkord."),
    text: common.markdown.optional().describe("Teksten."),
    count: z.number().int().min(0).optional().describe("Hvor mange som valgte svaret. Gir et stolpediagram."),
  })
  .refine((v) => v.title !== undefined || v.text !== undefined, { params: { rule: "schema/required", key: "text" } })
  .describe("Et svar.");

export const poll = z
  .strictObject({
    kind: z.literal("poll"),
    ...blockBase,
    tool: inline.optional().describe("Verktøyet, for eksempel «Menti»."),
    question: inline.describe("Spørsmålet deltakerne svarte på."),
    responses: z.number().int().min(0).optional().describe("Antall svar."),
    ranked: z.boolean().default(true).describe("Om punktene er rangert (nummerert liste)."),
    items: z.array(pollItem).optional().describe("Svarene, sammenfattet."),
    groups: z
      .array(
        z.strictObject({
          title: inline.describe("Gruppens overskrift."),
          items: z.array(pollItem).min(1).describe("Svarene i gruppen."),
        }),
      )
      .optional()
      .describe("Svar gruppert under overskrifter."),
  })
  .describe("Avstemning: spørsmål, antall svar og sammenfattede svar.");
