import * as z from "zod";
import { inline, markdown } from "../common.ts";
import { blockBase, listOfLines } from "./base.ts";

export const phases = z
  .strictObject({
    kind: z.literal("phases"),
    ...blockBase,
    items: z
      .array(
        z.strictObject({
          name: inline.describe("Fasens navn."),
          duration: inline.optional().describe("Varighet, for eksempel «10 dager»."),
          learnings: listOfLines.optional().describe("Læringer i fasen."),
          note: markdown.optional(),
        }),
      )
      .min(1)
      .describe("Fasene, i rekkefølge."),
  })
  .describe("Faser eller tidslinje med læringer per fase.");
