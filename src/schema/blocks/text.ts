import * as z from "zod";
import { markdown } from "../common.ts";
import { blockBase } from "./base.ts";

/** Free prose. A Markdown file is a text block: its body is `body`. */
export const text = z
  .strictObject({ kind: z.literal("text"), ...blockBase, body: markdown.optional().describe("Teksten, i Markdown.") })
  .describe("Fritekst i Markdown.");
