import * as z from "zod";
import { inline, titledText } from "../common.ts";
import { blockBase } from "./base.ts";

export const poll = z
  .strictObject({
    kind: z.literal("poll"),
    ...blockBase,
    tool: inline.optional().describe("Verktøyet, for eksempel «Menti»."),
    question: inline.describe("Spørsmålet deltakerne svarte på."),
    responses: z.number().int().min(0).optional().describe("Antall svar."),
    ranked: z.boolean().default(true).describe("Om punktene er rangert (nummerert liste)."),
    items: z.array(titledText).optional().describe("Svarene, sammenfattet."),
    groups: z
      .array(z.strictObject({ title: inline, items: z.array(titledText).min(1) }))
      .optional()
      .describe("Svar gruppert under overskrifter."),
  })
  .describe("Avstemning: spørsmål, antall svar og sammenfattede svar.");
