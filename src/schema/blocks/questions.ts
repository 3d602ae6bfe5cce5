import * as z from "zod";
import { id, inline, markdown } from "../common.ts";
import { blockBase, listOfThemedLines } from "./base.ts";

export const questions = z
  .strictObject({
    kind: z.literal("questions"),
    ...blockBase,
    synthesisLabel: inline.optional().describe("Navn på sammenfatningen av svarene, for eksempel «Mellom svarene»."),
    parts: z
      .array(
        z.strictObject({
          id: id.describe("Nøkkel brukt under «answers»."),
          name: inline.describe("Overskriften delen får."),
        }),
      )
      .min(1)
      .describe("Delene hvert spørsmål besvares i, for eksempel hovedfunn, forventningsgap og første steg."),
    items: z
      .array(
        z.strictObject({
          id: id.optional().describe("Lenkeanker for spørsmålet."),
          question: inline.describe("Spørsmålet."),
          synthesis: markdown.optional().describe("Sammenfatning av svarene."),
          answers: z
            .record(z.string(), listOfThemedLines)
            .optional()
            .describe("Punktene per del, med delens id som nøkkel."),
        }),
      )
      .min(1)
      .describe("Spørsmålene."),
  })
  .describe("Spørsmål med sammenfatning og svar fordelt på navngitte deler.");
