import * as z from "zod";
import { organisation } from "../common.ts";
import { blockBase } from "./base.ts";

export const workingGroup = z
  .strictObject({
    kind: z.literal("working-group"),
    ...blockBase,
    organisations: z.array(organisation).min(1).describe("Organisasjonene og personene i gruppen."),
  })
  .describe("Arbeidsgruppe eller arrangører: organisasjoner med medlemmer.");
