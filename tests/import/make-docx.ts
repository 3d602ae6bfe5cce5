/**
 * Word documents for the import tests, written by the `docx` package so every
 * case is made from source: Norwegian style names (as Norwegian Word templates
 * have them), nested lists, a table with a merged header row, images with and
 * without alt text, footnotes, an unsafe link, «Tabell»/«Figur» captions.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import sharp from "sharp";

const STYLES = [
  ...[1, 2, 3].map((l) => ({
    id: `Overskrift${l}`,
    name: `Overskrift ${l}`,
    basedOn: "Normal",
    next: "Normal",
    run: { bold: true, size: 36 - l * 4 },
    paragraph: { outlineLevel: l - 1 },
  })),
  { id: "Tittel", name: "Tittel", basedOn: "Normal", next: "Normal", run: { size: 48 } },
  { id: "Sitat", name: "Sitat", basedOn: "Normal", next: "Normal", run: { italics: true } },
  { id: "Brodtekst", name: "Brødtekst innrykk", basedOn: "Normal", next: "Normal" },
];

export const heading = (level: number, text: string) =>
  new Paragraph({ style: `Overskrift${level}`, children: [new TextRun(text)] });
/** A table with two header rows: a corner cell over both, a group over the columns below it (merged cells). */
export const spannedTable = (corner: string, group: string, columns: string[], rows: string[][]) =>
  new Table({
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          new TableCell({ children: [new Paragraph(corner)], rowSpan: 2 }),
          new TableCell({ children: [new Paragraph(group)], columnSpan: columns.length }),
        ],
      }),
      new TableRow({
        tableHeader: true,
        children: columns.map((t) => new TableCell({ children: [new Paragraph(t)] })),
      }),
      ...rows.map((r) => new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })) })),
    ],
  });
export const bullet = (text: string, level = 0) => new Paragraph({ text, bullet: { level } });
export const numbered = (text: string, level = 0) => new Paragraph({ text, numbering: { reference: "tall", level } });

/** `lang`: the document's language, as Word writes it (the default for its text, in styles.xml). */
export async function docxFile(
  children: Array<Paragraph | Table>,
  notes: Record<number, string> = {},
  properties: { title?: string; lang?: string } = {},
): Promise<Buffer> {
  const doc = new Document({
    creator: "Helse og mestring",
    ...(properties.title && { title: properties.title }),
    styles: {
      paragraphStyles: STYLES,
      ...(properties.lang && { default: { document: { run: { language: { value: properties.lang } } } } }),
    },
    numbering: {
      config: [
        {
          reference: "tall",
          levels: [0, 1].map((level) => ({
            level,
            format: level ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
            text: level ? "%2)" : "%1.",
            alignment: AlignmentType.START,
          })),
        },
      ],
    },
    footnotes: Object.fromEntries(Object.entries(notes).map(([n, text]) => [n, { children: [new Paragraph(text)] }])),
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const picture = (colour: string) =>
  sharp({ create: { width: 320, height: 200, channels: 3, background: colour } })
    .png()
    .toBuffer();

/** A realistic evaluation report: title page, three heading levels, lists, a quote, two tables, two figures, footnotes, links. */
export async function evaluationReport(): Promise<Buffer> {
  const [map, chart] = await Promise.all([picture("#1e4b7a"), picture("#7a1e4b")]);
  return docxFile(
    [
      new Paragraph({ style: "Tittel", children: [new TextRun("Evaluering av hverdagsrehabilitering")] }),
      new Paragraph("Rapport fra helse og mestring i Testkommune, mars 2023."),
      heading(1, "Innledning"),
      new Paragraph({
        children: [
          new TextRun("Hverdagsrehabilitering ble innført i "),
          new TextRun({ text: "alle", bold: true }),
          new TextRun(" soner i 2021"),
          new FootnoteReferenceRun(1),
          new TextRun(". Les mer hos "),
          new ExternalHyperlink({
            link: "https://www.helsedirektoratet.no/",
            children: [new TextRun({ text: "Helsedirektoratet", style: "Hyperlink" })],
          }),
          new TextRun(" eller "),
          new ExternalHyperlink({
            link: "javascript:alert(1)",
            children: [new TextRun({ text: "i skjemaet", style: "Hyperlink" })],
          }),
          new TextRun("."),
        ],
      }),
      heading(2, "Bakgrunn"),
      new Paragraph({
        children: [
          new TextRun({ text: "Tjenestene", italics: true }),
          new TextRun(" ble organisert i tre trinn"),
          new FootnoteReferenceRun(2),
          new TextRun(":"),
        ],
      }),
      bullet("Kartlegging hjemme hos brukeren"),
      bullet("Felles mål for de neste seks ukene", 1),
      bullet("Oppfølging hver uke"),
      numbered("Henvisning fra fastlegen"),
      numbered("Første hjemmebesøk"),
      numbered("Innen tre dager", 1),
      new Paragraph({ style: "Sitat", children: [new TextRun("Jeg fikk livet mitt tilbake.")] }),
      heading(3, "Metode"),
      new Paragraph({ style: "Brodtekst", children: [new TextRun("Vi intervjuet 24 brukere og 11 ansatte.")] }),
      new Paragraph("Tabell 1: Brukere per sone"),
      spannedTable(
        "Sone",
        "Brukere",
        ["2022", "2023"],
        [
          ["Nord", "12", "15"],
          ["Sør", "20", "26"],
        ],
      ),
      new Paragraph({
        children: [
          new ImageRun({
            type: "png",
            data: map,
            transformation: { width: 320, height: 200 },
            altText: { name: "kart", title: "Kart", description: "Kart over de tre sonene i kommunen" },
          }),
        ],
      }),
      new Paragraph("Figur 1: Sonene i kommunen"),
      heading(1, "Resultater"),
      new Paragraph("Flere brukere klarte seg selv etter seks uker."),
      new Table({
        rows: [
          ["Mål", "Verdi"],
          ["Brukere som klarte seg selv", "73 %"],
        ].map((r) => new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })) })),
      }),
      new Paragraph({
        children: [new ImageRun({ type: "png", data: chart, transformation: { width: 320, height: 200 } })],
      }),
      heading(2, "Anbefalinger"),
      bullet("Fortsett i alle soner"),
      bullet("Mål effekten igjen i 2025"),
    ],
    { 1: "Kilde: kommunens egne tall for 2021–2023.", 2: "Se vedlegg 2 for hele modellen." },
  );
}
