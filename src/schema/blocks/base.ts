/** Fields every block has, whatever its kind. */
import * as z from "zod";
import { id, inline, languageTag, markdown, solutionRef, themeRefs, themedLine } from "../common.ts";

export const blockBase = {
  id: id.optional().describe("Lenkeanker for blokken. Lages fra tittelen når den mangler."),
  title: inline
    .optional()
    .describe("Overskrift. Uten tittel får blokken ingen overskrift og står ikke i innholdsfortegnelsen."),
  intro: markdown.optional().describe("Innledende tekst under overskriften."),
  outro: markdown.optional().describe("Tekst etter blokkens innhold, for eksempel en konklusjon."),
  themes: themeRefs.optional().describe("Temaer for blokken som helhet, for eksempel et innlegg om oppgavedeling."),
  solution: solutionRef
    .optional()
    .describe(
      "En løsning i content/losninger/ som blokken forteller om (et innlegg om løsningen). Løsningens side viser til blokken.",
    ),
  numbered: z
    .boolean()
    .optional()
    .describe(
      "false: tittelen får ikke nummer når rapporten har «numbering: true» (et sammendrag eller forord foran kapittel 1).",
    )
    .meta({ examples: [false] }),
  lang: languageTag
    .optional()
    .describe(
      "Språket blokken er skrevet på, når det er et annet enn rapportens: «en» for et engelsk sammendrag. Skjermlesere leser den da med riktig uttale.",
    ),
};

export const listOfLines = z.array(inline);

/** Points that can each carry themes: findings, the items of a workshop mat. */
export const listOfThemedLines = z.array(themedLine);
