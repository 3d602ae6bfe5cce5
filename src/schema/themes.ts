/**
 * content/themes.yaml: the site's controlled vocabulary of themes. Items in
 * any report name themes by id; each theme gets a page gathering them.
 */
import * as z from "zod";
import { id, inline, markdown } from "./common.ts";

const names = z
  .strictObject({
    nb: inline.describe("På bokmål."),
    nn: inline.optional().describe("På nynorsk. Standard: bokmål."),
    en: inline.optional().describe("In English. Default: bokmål."),
  })
  .describe("Navnet på temaet per språk.");

export const theme = z
  .strictObject({
    id: id.describe("Id-en rapportene bruker under «themes», og adressen til temasiden (/tema/<id>/)."),
    name: names,
    description: z
      .strictObject({ nb: markdown, nn: markdown.optional(), en: markdown.optional() })
      .optional()
      .describe("Kort om hva temaet dekker, per språk."),
  })
  .describe("Et tema.");

export const themesFile = z
  .strictObject({ themes: z.array(theme).describe("Temaene. En ny side kan starte uten: themes: []") })
  .describe("Temaene punkter i rapportene kan merkes med.");

export type Theme = z.infer<typeof theme>;
