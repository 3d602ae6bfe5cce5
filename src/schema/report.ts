/** report.yaml: what the report is, who made it, and when. */
import * as z from "zod";
import { languages } from "../render/i18n/index.ts";
import { uiKeys } from "../render/i18n/nb.ts";
import { inline, isoDate, markdown, organisationRef, reportId } from "./common.ts";

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
    lang: z.enum(languages).default("nb").describe("Språk: nb (standard), nn eller en."),
    status: z.enum(["draft", "published"]).describe("draft (utkast) eller published (publisert)."),
    summary: markdown.optional().describe("Kort sammendrag til arkivet. Påkrevd for publiserte rapporter."),
    labels: z
      .partialRecord(z.enum(uiKeys), inline)
      .optional()
      .describe("Egne ord for faste merkelapper, for eksempel «theme: Tema for konferansen»."),
  })
  .describe("Opplysninger om rapporten.");

export type Report = z.infer<typeof report>;
