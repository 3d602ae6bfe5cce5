/**
 * content/losninger/<id>.yaml: one solution in the knowledge bank — something
 * a municipality or health trust does that others could take up. Items in any
 * report mention it with `solution: <id>`; its page lists every mention.
 */
import * as z from "zod";
import { inline, isoDate, markdown, organisationRef, personRef, themeRefs, url } from "./common.ts";

/** How far a solution has come. Filter pages and the overview chart follow this order. */
export const solutionStatuses = ["idé", "utprøving", "i drift", "spredd"] as const;

const link = z
  .strictObject({
    title: inline.meta({
      description: "Lenketeksten: hva man finner der.",
      examples: ["Sluttrapport fra utprøvingen i Lillestrøm"],
    }),
    url,
  })
  .describe("En lenke med tittel.");

const keyFigure = z
  .strictObject({
    value: z.union([inline, z.number()]).describe("Tallet, for eksempel «30 %» eller 120."),
    label: inline.describe("Hva tallet gjelder."),
  })
  .describe("Et nøkkeltall.");

export const solution = z
  .strictObject({
    name: inline.describe("Løsningens navn, for eksempel «Kombistillinger mellom sykehus og kommune»."),
    summary: markdown.describe("Kort om løsningen: ett til tre avsnitt. Vises i oversikten og søket."),
    problem: markdown.optional().describe("Problemet løsningen svarer på."),
    description: markdown.optional().describe("Hva løsningen er og hvordan den virker."),
    owners: z.array(organisationRef).min(1).describe("Organisasjonen(e) som eier eller driver løsningen."),
    region: inline
      .optional()
      .describe("Region eller fylke løsningen hører til, for eksempel «Agder». Gir en filterside."),
    municipalities: z.array(inline).min(1).optional().describe("Kommunene der løsningen er i bruk."),
    sectors: z
      .array(inline)
      .min(1)
      .optional()
      .describe("Sektor(er), for eksempel «helse og omsorg», «spesialisthelsetjenesten». Gir filtersider."),
    targetGroup: inline.optional().describe("Hvem løsningen er for."),
    status: z
      .enum(solutionStatuses)
      .describe("Hvor langt løsningen har kommet: idé, utprøving, i drift eller spredd (tatt i bruk andre steder)."),
    evidence: z
      .strictObject({
        statement: markdown.describe("Hva man vet om effekten, med egne ord."),
        source: link.optional().describe("Hvor det står: en evaluering, en rapport."),
        figures: z.array(keyFigure).min(1).optional().describe("Nøkkeltall som viser effekten."),
      })
      .optional()
      .describe("Effekt: hva man vet om hvordan løsningen virker."),
    readMore: z.array(link).min(1).optional().describe("Hvor man kan lese mer."),
    contacts: z
      .array(personRef)
      .min(1)
      .optional()
      .describe("Hvem man kan spørre. E-post og telefon vises bare med «consent: true», som ellers."),
    themes: themeRefs.optional(),
    adoptedBy: z
      .array(
        z.strictObject({
          place: inline.describe("Kommunen, regionen eller virksomheten."),
          year: z.number().int().min(1900).max(2100).describe("Året den tok løsningen i bruk."),
          note: inline.optional().describe("Hvordan, eller med hvilke endringer."),
        }),
      )
      .min(1)
      .optional()
      .describe("«Tatt i bruk av»: andre steder som har tatt løsningen i bruk, med årstall."),
    added: isoDate
      .optional()
      .describe("Datoen løsningen ble lagt inn i løsningsbanken. Gir løsningen en plass i nyhetsstrømmen."),
  })
  .describe("En løsning i løsningsbanken. Id-en er filnavnet: content/losninger/<id>.yaml.");

export type Solution = z.infer<typeof solution>;
export type SolutionStatus = (typeof solutionStatuses)[number];
