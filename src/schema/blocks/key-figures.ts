import * as z from "zod";
import { inline, markdown, url } from "../common.ts";
import { blockBase } from "./base.ts";

export const source = z
  .strictObject({ text: inline.describe("Kilden, som den skal stå."), url: url.optional() })
  .describe("Kilde.");

export const keyFigures = z
  .strictObject({
    kind: z.literal("key-figures"),
    ...blockBase,
    items: z
      .array(
        z.strictObject({
          value: z
            .union([z.number(), inline])
            .describe("Tallet. Et tall formateres (14 000); tekst vises som den er (+2 100)."),
          unit: inline.optional().describe("Enhet, for eksempel «%» eller «personer»."),
          label: inline.optional().describe("Hva tallet gjelder."),
          note: markdown.optional().describe("Forklaring."),
          source: source.optional(),
        }),
      )
      .min(1)
      .describe("Tallene."),
    source: source.optional().describe("Felles kilde for tallene."),
    series: z
      .boolean()
      .default(false)
      .describe("Tallene er en serie (for eksempel per aldersgruppe): vis dem også som stolpediagram."),
  })
  .describe("Nøkkeltall: verdi, enhet, forklaring og kilde.");
