/**
 * Field types shared by every content file. Each carries a description: the
 * same text feeds the editor JSON Schema and the field reference.
 * Checks that need a rule of their own (dates, times, link schemes) attach
 * it as `params.rule`, which validation turns into that rule's message.
 */
import * as z from "zod";
import { unsafeScheme } from "../shared/url-safety.ts";

/** A line of text. May use inline Markdown: *emphasis*, **strong**, [links](https://…). */
export const inline = z
  .string()
  .trim()
  .min(1)
  .describe("En tekstlinje. Kan bruke *kursiv*, **fet** og [lenker](https://…).");

/** Longer text in Markdown: paragraphs, lists, links. Raw HTML is not rendered. */
export const markdown = z.string().trim().min(1).describe("Tekst i Markdown: avsnitt, lister og lenker.");

export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isoDate = z
  .string()
  .refine(isRealDate, { params: { rule: "date/invalid" } })
  .describe("Dato som ÅÅÅÅ-MM-DD, for eksempel 2024-10-25.");

export const clockTime = z
  .string()
  .refine((v) => /^([01]?\d|2[0-3])[:.][0-5]\d$/.test(v), { params: { rule: "time/invalid" } })
  .describe("Klokkeslett som TT:MM, for eksempel 13:15 eller 9:00.");

export const url = z
  .string()
  .trim()
  .min(1)
  .refine((v) => unsafeScheme(v) === undefined, { params: { rule: "link/unsafe-scheme" } })
  .describe("Nettadresse (https://…) eller adresse på nettstedet (/…).");

const ID_SHAPE = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u;

/** A report's id: its address (/2024-10-25-agder/), so it may start with a digit. */
export const reportId = z
  .string()
  .regex(ID_SHAPE, { message: "små bokstaver, tall og bindestrek" })
  .describe("Adresse: små bokstaver, tall og bindestrek.");

/**
 * Anchors and ids: lower-case letters (æ, ø, å too), digits and hyphens, starting
 * with a letter. An id that starts with a digit is a valid HTML id but not a CSS
 * selector (`#2012-rad`), and the print layout looks targets up by selector.
 */
export const id = z
  .string()
  .regex(ID_SHAPE, { message: "små bokstaver, tall og bindestrek" })
  .refine((v) => !ID_SHAPE.test(v) || /^\p{Ll}/u.test(v), { params: { rule: "ids/leading-digit" } })
  .describe("Unik id: små bokstaver, tall og bindestrek, som begynner med en bokstav. Blir lenkeanker (#id).");

export const person = z
  .strictObject({
    name: inline.meta({ description: "Navn.", examples: ["Kari Nordmann"] }),
    title: inline
      .optional()
      .meta({ description: "Tittel foran navnet, for eksempel «ordfører».", examples: ["ordfører"] }),
    role: inline.optional().meta({
      description: "Rolle etter navnet, for eksempel «direktør helse og mestring».",
      examples: ["direktør helse og mestring"],
    }),
    organisation: inline
      .optional()
      .meta({ description: "Organisasjon, skrives «fra …».", examples: ["Agder fylkeskommune"] }),
    email: z
      .email()
      .optional()
      .meta({ description: "E-postadresse. Vises bare med «consent: true».", examples: ["kari.nordmann@kommune.no"] }),
    phone: z
      .union([inline, z.number().int()])
      .optional()
      .meta({ description: "Telefonnummer. Vises bare med «consent: true».", examples: ["912 34 567"] }),
    consent: z
      .boolean()
      .optional()
      .describe(
        "Personen har samtykket til at kontaktinformasjonen publiseres. Uten samtykke flagges e-post og telefon.",
      ),
  })
  .describe("En person.");

/** A person given as just a name, or with details. */
export const personRef = z.union([inline, person]);

export const organisation = z
  .strictObject({
    name: inline.describe("Organisasjonens navn."),
    url: url.optional(),
    logo: z
      .string()
      .optional()
      .meta({
        description: "Sti til logo under assets/, for eksempel /assets/img/logo.svg.",
        examples: ["/assets/img/kommune.svg"],
      }),
    members: z.array(personRef).optional().describe("Personer fra organisasjonen."),
  })
  .describe("En organisasjon.");

export const organisationRef = z.union([inline, organisation]);

/** Theme ids from content/themes.yaml. Validation checks each one is defined there. */
export const themeRefs = z
  .array(id)
  .min(1)
  .describe("Temaer fra content/themes.yaml (id-ene). Samler punktet med andre om samme tema, på tvers av rapportene.");

/** A solution in the knowledge bank (content/losninger/<id>.yaml) that an item or block tells of. Validation checks the id is there. */
export const solutionRef = id.describe(
  "Id-en til en løsning i content/losninger/ (filnavnet uten .yaml). Løsningens side viser da til punktet.",
);

/** Fields that make an item findable across reports: its own anchor, its themes, the solution it tells of. */
export const itemTags = {
  id: id.optional().describe("Lenkeanker for punktet. Lages fra plasseringen når den mangler."),
  themes: themeRefs.optional(),
  solution: solutionRef.optional(),
};

/** A point in a list: a line of text, or the line with an id and themes. */
export const themedLine = z
  .union([inline, z.strictObject({ text: inline.describe("Punktet."), ...itemTags })])
  .describe(
    "Et punkt: en tekstlinje, eller { text, themes, solution } når punktet skal ha temaer eller vise til en løsning.",
  );

/** A titled item (a proposal, a measure) that can carry an id and themes. */
export const themedText = z
  .strictObject({
    title: inline.optional().describe("Kort overskrift eller stikkord."),
    text: markdown.optional().describe("Teksten."),
    ...itemTags,
  })
  .refine((v) => v.title !== undefined || v.text !== undefined, { params: { rule: "schema/required", key: "text" } })
  .describe("Et punkt med valgfri overskrift og tekst, id og temaer.");

export type Person = z.infer<typeof person>;
export type PersonRef = z.infer<typeof personRef>;
export type OrganisationRef = z.infer<typeof organisationRef>;
export type ThemedLine = z.infer<typeof themedLine>;

/** A language tag (BCP 47) as authors write them: «en», «nn», «se», «en-GB». Becomes `lang` in the HTML and the PDF's structure. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const languageTag = z
  .string()
  .refine((v) => LANGUAGE_TAG.test(v), { params: { rule: "lang/invalid" } })
  .meta({
    description: "Språket teksten er skrevet på, som språkkode: «en», «nn», «se» (nordsamisk), «en-GB».",
    examples: ["en"],
  });

/**
 * Where the PDF starts a new page: before each chapter (a section folder), before each headed
 * block and question, or only before the contents. Unset, the report's length decides.
 */
export const newPage = z
  .enum(["chapters", "blocks", "none"])
  .describe(
    "Hvor PDF-en begynner på en ny side: «chapters» før hvert kapittel (en undermappe), «blocks» før hver blokk med overskrift og hvert spørsmål, «none» bare før innholdsfortegnelsen. Uten verdi avgjør lengden: «chapters» for lange rapporter med kapitler, ellers «none».",
  )
  .meta({ examples: ["blocks"] });

export type NewPage = z.infer<typeof newPage>;
