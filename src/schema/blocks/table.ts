import * as z from "zod";
import { inline, markdown } from "../common.ts";
import { blockBase } from "./base.ts";
import { source } from "./key-figures.ts";

/** A cell's content: a number (formatted, 14 000), a line of inline Markdown (shown as written; may be empty), or a short list. */
const cellValue = z.union([
  z.number(),
  z.string().trim(),
  z.array(inline).min(1).describe("En kort liste: hvert punkt blir et punkt i cellen."),
]);

const span = z.number().int().min(1);

export const tableCell = z
  .union([
    cellValue,
    z.null(),
    z.strictObject({
      text: z.union([cellValue, z.null()]).optional().describe("Innholdet: tekst, et tall eller en kort liste."),
      colspan: span.optional().describe("Hvor mange kolonner cellen går over. Standard 1."),
      rowspan: span
        .optional()
        .describe("Hvor mange rader cellen går over. Standard 1. Radene under utelater cellen den dekker."),
    }),
  ])
  .describe(
    "En celle: tekst (kan bruke Markdown), et tall, en kort liste, eller { text, colspan, rowspan } for en celle som går over flere kolonner eller rader.",
  );

const tableRow = z.array(tableCell).min(1).describe("En rad: cellene fra venstre.");

/** A CSV file beside the block's YAML: a plain file name, never a path out of the folder. */
const csvFile = z
  .string()
  .trim()
  .regex(/^[^/\\]+\.csv$/i, { message: "et filnavn som slutter på .csv, i samme mappe" })
  .describe(
    "CSV-fil i samme mappe som YAML-filen, for eksempel tabell-5-1.csv. Skilletegn (komma, semikolon eller tabulator) finnes av seg selv.",
  );

export const table = z
  .strictObject({
    kind: z.literal("table"),
    ...blockBase,
    caption: inline.describe("Tabellens tittel (bildetekst). Påkrevd: den er tabellens navn for skjermlesere."),
    number: z.boolean().optional().describe("Sett «false» for en tabell uten nummer («Tabell 3»)."),
    head: z
      .array(tableRow)
      .min(1)
      .optional()
      .describe(
        "Overskriftsradene, øverst først. En celle som går over flere kolonner: { text: Kommune, colspan: 2 }.",
      ),
    rows: z.array(tableRow).min(1).optional().describe("Tabellens rader. Bruk enten «rows» eller «data»."),
    data: csvFile.optional(),
    headerRows: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("Hvor mange av de første radene i CSV-filen som er overskrift. Standard 1."),
    rowHeaders: z.boolean().optional().describe("Første celle i hver rad er radens overskrift."),
    total: z.boolean().optional().describe("Siste rad er en sumrad: tallene kontrolleres mot summen av radene over."),
    source: source.optional(),
    note: markdown.optional().describe("Merknad under tabellen, i Markdown."),
  })
  .describe(
    "Tabell med tittel, overskriftsrader (celler kan gå over flere kolonner og rader), rader, kilde og merknad. Radene skrives i YAML eller leses fra en CSV-fil.",
  );
