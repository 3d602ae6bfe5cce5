import * as z from "zod";
import { inline, markdown } from "../common.ts";
import { blockBase, listOfThemedLines } from "./base.ts";

export const workshopMat = z
  .strictObject({
    kind: z.literal("workshop-mat"),
    ...blockBase,
    table: inline.optional().describe("Bordet matten kommer fra, for eksempel «Bord 2»."),
    columns: z
      .array(
        z.strictObject({
          name: inline.describe("Kolonnens navn, for eksempel «Suksessfaktorer»."),
          items: listOfThemedLines.optional().describe("Punktene i kolonnen."),
          text: markdown.optional().describe("Fritekst i kolonnen."),
        }),
      )
      .min(1)
      .describe("Kolonnene i matten."),
  })
  .describe("Arbeidsmatte: navngitte kolonner med punkter, per bord.");
