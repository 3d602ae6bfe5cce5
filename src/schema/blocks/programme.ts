import * as z from "zod";
import { clockTime, id, inline, markdown, personRef } from "../common.ts";
import { blockBase } from "./base.ts";

export const programmeItemKinds = ["talk", "break", "discussion", "welcome", "other"] as const;

export const programme = z
  .strictObject({
    kind: z.literal("programme"),
    ...blockBase,
    items: z
      .array(
        z.strictObject({
          time: clockTime.optional().describe("Starttid."),
          end: clockTime.optional().describe("Sluttid. For en pause: når programmet fortsetter."),
          type: z
            .enum(programmeItemKinds)
            .default("talk")
            .describe("Hva slags post: talk, break, discussion, welcome, other."),
          title: inline.optional().describe("Tittel. En pause trenger ingen."),
          subtitle: inline.optional().describe("Undertittel."),
          speakers: z.array(personRef).optional().describe("Innledere."),
          section: id.optional().describe("Id til delen av rapporten der innlegget er referert."),
          text: markdown.optional().describe("Kort omtale."),
        }),
      )
      .min(1)
      .describe("Postene i programmet, i rekkefølge."),
  })
  .describe("Program: poster med tid, tittel og innledere.");
