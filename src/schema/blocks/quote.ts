import * as z from "zod";
import { inline, isoDate, markdown } from "../common.ts";
import { blockBase } from "./base.ts";

export const quote = z
  .strictObject({
    kind: z.literal("quote"),
    ...blockBase,
    text: markdown.describe("Sitatet."),
    who: inline.optional().describe("Hvem som sa det."),
    context: inline.optional().describe("Hvor eller når, som det skal stå."),
    date: isoDate.optional(),
    note: markdown.optional().describe("Om personen eller sitatet."),
  })
  .describe("Sitat med kilde.");
