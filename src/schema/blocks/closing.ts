import * as z from "zod";
import { markdown } from "../common.ts";
import { blockBase } from "./base.ts";

export const closing = z
  .strictObject({ kind: z.literal("closing"), ...blockBase, text: markdown.describe("Avslutningen.") })
  .describe("Avsluttende budskap.");
