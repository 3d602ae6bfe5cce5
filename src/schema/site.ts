/** content/site.yaml: the organisation that publishes the reports. */
import * as z from "zod";
import { languages } from "../shared/i18n/index.ts";
import { inline, url } from "./common.ts";

const colour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: "en farge som #RRGGBB" })
  .describe("Farge som #RRGGBB.");

export const site = z
  .strictObject({
    name: inline.describe("Organisasjonens eller nettstedets navn."),
    description: inline.optional().describe("En setning om hva nettstedet er."),
    url: url
      .regex(/^https?:\/\/[^/\s]+/i, {
        message: "en hel adresse som begynner med https://, for eksempel https://rapporter.example.no/",
      })
      .optional()
      .describe("Nettstedets adresse, for eksempel https://rapporter.example.no."),
    lang: z.enum(languages).default("nb").describe("Språket for forsiden."),
    logo: z
      .string()
      .optional()
      .meta({
        description: "Logo under assets/, for eksempel /assets/img/logo.svg.",
        examples: ["/assets/img/logo.svg"],
      }),
    colors: z
      .strictObject({
        primary: colour.optional().describe("Hovedfarge (topplinje, lenker)."),
        accent: colour.optional().meta({ description: "Aksentfarge (markeringer).", examples: ["#0b6e4f"] }),
      })
      .optional()
      .describe("Farger. Kontrasten kontrolleres mot kravene i WCAG 2.1 AA."),
    accessibilityStatement: url.optional().describe("Adressen til tilgjengelighetserklæringen (uustatus.no)."),
    print: z
      .strictObject({
        pageSize: z.enum(["A4", "A5", "Letter"]).default("A4").describe("Papirstørrelse for PDF-en."),
        keepWhole: z
          .array(inline)
          .optional()
          .describe(
            "Ord PDF-en aldri skal dele med bindestrek ved linjeskift, for eksempel navn. Ord med stor bokstav inni («OsloMet») og forkortelser («KS») deles aldri.",
          )
          .meta({ examples: [["Helsefellesskapet", "Sørlandet"]] }),
      })
      .default({ pageSize: "A4" })
      .describe("Innstillinger for PDF-ene."),
  })
  .describe("Innstillinger for nettstedet.");

export type Site = z.infer<typeof site>;
