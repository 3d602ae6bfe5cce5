/**
 * A figure: one image, or a row of images under one caption — a photo from the
 * day, a slide, a diagram, a map. Image files live in the report's own folder
 * (beside the file, or in bilder/), so moving the folder moves its images.
 */
import * as z from "zod";
import { inline, markdown } from "../common.ts";
import { blockBase } from "./base.ts";
import { source } from "./key-figures.ts";

const imageFields = {
  src: z
    .string()
    .trim()
    .min(1)
    .describe("Bildefilen, sett fra filen som viser den: «bilder/kart.png» eller «foto.jpg»."),
  alt: inline.optional().meta({
    description:
      "Alternativ tekst: hva bildet viser, for dem som ikke ser det. Påkrevd, med mindre bildet er pynt («decorative: true»).",
    examples: ["Kart over de tre sonene i kommunen, med sykehuset i sone nord"],
  }),
  decorative: z
    .boolean()
    .optional()
    .describe("Bildet er bare pynt og sier ingenting teksten ikke sier: skjermlesere hopper over det."),
};

export const figureImage = z.strictObject(imageFields).describe("Et bilde i figuren.");

export const figure = z
  .strictObject({
    kind: z.literal("figure"),
    ...blockBase,
    src: imageFields.src.optional(),
    alt: imageFields.alt,
    decorative: imageFields.decorative,
    images: z
      .array(figureImage)
      .min(1)
      .optional()
      .describe("Flere bilder side om side under én bildetekst (i stedet for «src»)."),
    caption: markdown.optional().describe("Bildeteksten."),
    credit: z
      .union([inline, source])
      .optional()
      .describe("Foto, illustrasjon eller kilde: «Foto: Kari Nordmann», eller { text, url }."),
    number: z
      .boolean()
      .default(true)
      .describe("Nummerer figuren («Figur 3»). «false» for bilder som ikke er figurer i teksten."),
    width: z
      .enum(["full", "half", "inline"])
      .default("full")
      .describe("Bredde: hele spalten, halve, eller liten ved siden av teksten."),
  })
  .describe("Figur: ett eller flere bilder med bildetekst, alternativ tekst og kreditering.");
