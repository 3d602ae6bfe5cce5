import * as z from "zod";
import { inline } from "../common.ts";
import { blockBase } from "./base.ts";

export const method = z
  .strictObject({
    kind: z.literal("method"),
    ...blockBase,
    tables: inline.optional().describe("Bordoppsett, for eksempel «10 (12) runde bord»."),
    groupSize: inline.optional().describe("Gruppestørrelse."),
    facilitation: inline.optional().describe("Fasilitering."),
    tasks: inline.optional().describe("Oppgaver."),
    more: z
      .array(z.strictObject({ label: inline.describe("Hva."), text: inline.describe("Hvordan.") }))
      .optional()
      .describe("Andre sider ved metoden, som «merkelapp: tekst»."),
  })
  .describe("Metode: bordoppsett, gruppestørrelse, fasilitering, oppgaver.");
