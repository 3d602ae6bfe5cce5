/** report.yaml: what the report is, who made it, and when. */
import * as z from "zod";
import { languages } from "../shared/i18n/index.ts";
import { uiKeys } from "../shared/i18n/nb.ts";
import { inline, isoDate, markdown, newPage, organisationRef, reportId } from "./common.ts";
import { reportLinks } from "./report-links.ts";

export const report = z
  .strictObject({
    id: reportId.optional().describe("Adressen til rapporten. Standard: mappenavnet."),
    title: inline.describe("Tittel."),
    subtitle: inline.optional().describe("Undertittel."),
    date: isoDate.optional().describe("Dato (første dag). Påkrevd for publiserte rapporter."),
    endDate: isoDate.optional().describe("Siste dag, for møter over flere dager."),
    place: inline.optional().describe("Sted."),
    organisers: z.array(organisationRef).optional().describe("Arrangør(er)."),
    theme: inline.optional().describe("Tema for møtet."),
    focusQuestion: inline.optional().describe("Fokusspørsmålet møtet arbeidet med."),
    ...reportLinks,
    lang: z.enum(languages).default("nb").describe("Språk: nb (standard), nn eller en."),
    status: z.enum(["draft", "published"]).describe("draft (utkast) eller published (publisert)."),
    summary: markdown.optional().describe("Kort sammendrag til arkivet. Påkrevd for publiserte rapporter."),
    numbering: z
      .boolean()
      .default(false)
      .describe(
        "true: titler og overskrifter nummereres automatisk (1, 1.1, 1.1.1), figurer og tabeller per kapittel (Figur 2.1). false (standard): titlene står slik de er skrevet, også med egne tall («1.1 Bakgrunn»).",
      ),
    contentsDepth: z
      .strictObject({
        web: z
          .number()
          .int()
          .min(1)
          .max(6)
          .optional()
          .describe("Nivåer på nettsiden (standard 2).")
          .meta({ examples: [3] }),
        print: z
          .number()
          .int()
          .min(1)
          .max(6)
          .optional()
          .describe("Nivåer i PDF-en (standard 3).")
          .meta({ examples: [4] }),
      })
      .meta({ examples: [{ web: 3, print: 4 }] })
      .optional()
      .describe(
        "Hvor mange nivåer innholdsfortegnelsen viser, for eksempel «{ web: 3, print: 4 }» for en lang rapport med deler og kapitler.",
      ),
    print: z
      .strictObject({ newPage: newPage.optional() })
      .meta({ examples: [{ newPage: "blocks" }] })
      .optional()
      .describe(
        "Innstillinger for denne rapportens PDF, for eksempel «{ newPage: blocks }» for hvert spørsmål på egen side.",
      ),
    labels: z
      .partialRecord(z.enum(uiKeys), inline)
      .optional()
      .describe("Egne ord for faste merkelapper, for eksempel «theme: Tema for konferansen»."),
  })
  .describe("Opplysninger om rapporten.");

export type Report = z.infer<typeof report>;
