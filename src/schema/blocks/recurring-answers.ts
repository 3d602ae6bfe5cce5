import * as z from "zod";
import { inline, itemTags, markdown } from "../common.ts";
import { blockBase } from "./base.ts";

export const recurringAnswers = z
  .strictObject({
    kind: z.literal("recurring-answers"),
    ...blockBase,
    items: z
      .array(
        z.strictObject({
          title: inline.describe("Svaret, kort."),
          text: markdown.describe("Hva det betyr."),
          ...itemTags,
        }),
      )
      .min(1)
      .describe("Svarene."),
  })
  .describe("Gjennomgående svar: svar som gikk igjen på tvers av spørsmålene.");
