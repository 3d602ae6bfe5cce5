import * as z from "zod";
import { markdown } from "../common.ts";
import { blockBase } from "./base.ts";

/**
 * A heading that groups the blocks after it. A sub-folder of a report is a
 * section: its `index.yaml` or `index.md` describes it, its files are its blocks.
 */
export const section = z
  .strictObject({
    kind: z.literal("section"),
    ...blockBase,
    body: markdown.optional(),
    part: z
      .boolean()
      .optional()
      .describe(
        "true: en del over kapitlene («Del 2 Funn»). Med «numbering: true» heter den «Del 2», og kapitlene i den nummereres videre fra forrige del.",
      ),
  })
  .describe("En del av rapporten med egne blokker (en undermappe).");
