import * as z from "zod";
import { inline } from "../common.ts";
import { blockBase } from "./base.ts";

const count = z.number().int().min(0);

export const participants = z
  .strictObject({
    kind: z.literal("participants"),
    ...blockBase,
    roleHeading: inline
      .optional()
      .meta({ description: "Kolonneoverskrift for rollene. Standard: «Rolle».", examples: ["Sektor"] }),
    countHeading: inline
      .optional()
      .meta({ description: "Kolonneoverskrift for antallet. Standard: «Antall».", examples: ["Deltakere"] }),
    roles: z
      .array(
        z.strictObject({ role: inline.describe("Rollen."), count: count.describe("Antall deltakere med rollen.") }),
      )
      .min(1)
      .describe("Deltakere per rolle."),
    total: count.optional().describe("Oppgitt total. Kontrolleres mot summen av rollene; utelat for å regne den ut."),
    coverage: z
      .array(
        z.union([
          inline,
          z.strictObject({
            count: count.describe("Hvor mange."),
            of: count.describe("Av hvor mange."),
            label: inline.describe("Hva, for eksempel «kommuner på Agder representert»."),
          }),
        ]),
      )
      .optional()
      .describe("Fakta om dekning, for eksempel «21 av 25 kommuner på Agder representert»."),
  })
  .describe("Deltakere: antall per rolle med total, og dekning.");

/** The roles' counts added up: what a stated total must equal, and the total when none is stated. */
export const sumOfRoles = (roles: ReadonlyArray<{ count: number }>): number => roles.reduce((n, r) => n + r.count, 0);
