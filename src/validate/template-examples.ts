/**
 * The example text a new report starts with (`samling new`, `samling init
 * --example`: src/scaffold/shapes/; `samling import`'s commented placeholders,
 * once a writer takes the «#» away), by the key it stands at, so `check` can
 * tell a writer where the template's words are still there: a reminder in a
 * draft, an error in a published report (rules/template-text.ts). Keyed by
 * field, so «Sted» is example text as a report's place and not as a table's
 * heading; a Markdown body's example lines are under `body`.
 *
 * Every text a shape writes is either an example here or a default in
 * TEMPLATE_DEFAULTS — words a real report may well have, such as a block's
 * title «Program», a poll's question or an anonymous quote's «En deltaker»:
 * only text no real report would hold is an example, so a report is never
 * stopped for words that are its own. tests/scaffold/template-examples.test.ts
 * reads the shapes and fails on a text that is neither, so a new shape cannot
 * slip example text past.
 */

export const TEMPLATE_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  place: ["Sted"],
  organisers: ["Arrangøren"],
  name: [
    "Navn på arrangøren",
    "Navn på helsefellesskapet",
    "Navn på vertskommunen",
    "Navn på organisasjonen",
    "Navn Navnesen",
  ],
  members: ["Fornavn Etternavn"],
  theme: ["Konferansens tema", "Hva besøket handlet om", "Møtets tema"],
  focusQuestion: ["Hva ville dere finne ut?"],
  summary: [
    "To–tre setninger om hva konferansen kom fram til. Vises i arkivet og i søk.",
    "To–tre setninger om hva møtet kom fram til. Vises i arkivet og i søk.",
    "To–tre setninger om hva dere så og lærte. Vises i arkivet og i søk.",
    "To–tre setninger om hva rapporten kom fram til. Påkrevd før publisering; vises i arkivet og i søk.",
  ],
  title: [
    "Et svar som gikk igjen",
    "Det første svaret",
    "Det andre svaret",
    "Et forslag",
    "Et tiltak",
    "Tittel på innlegget",
  ],
  text: [
    "Hva det betyr, i en setning eller to.",
    "En avsluttende setning som oppsummerer konferansen.",
    "Hva gruppene foreslo.",
    "hva som konkret skal gjøres",
    "Et sitat fra besøket.",
  ],
  question: ["Hvordan kan vi …?"],
  synthesis: ["Sammenfatning av det gruppene svarte."],
  hovedfunn: ["Et funn."],
  "i-gang": ["Et første steg."],
  items: ["Et punkt"],
  learnings: ["En læring"],
  who: ["Hvem som følger opp"],
  what: ["Hva dere vil prøve selv"],
  body: [
    "Skriv hvordan konferansen ble gjennomført: hvem som var der, hvordan arbeidet var lagt opp.",
    "- Punktlister skrives med bindestrek.",
    "- **Fet** og *kursiv* skrift og [lenker](https://example.no) virker som vanlig.",
    "Hva innlederen fortalte. Skriv det som punkter eller avsnitt.",
  ],
};

/** Texts the shapes write that a report may keep as they are: titles, labels, common words. */
export const TEMPLATE_DEFAULTS: Readonly<Record<string, readonly string[]>> = {
  title: [
    "Gjennomføring",
    "Arbeidsgruppen",
    "Gjennomgående svar",
    "Spørsmålene",
    "Deltakere",
    "Metode",
    "Arbeidsmatte",
    "Veien videre",
    "Program",
    "Velkommen",
    "Omvisning",
    "ordfører",
    "Innlegg",
    "Nøkkeltall",
    "Det vi lærte",
    "Neste steg",
  ],
  subtitle: ["partnerskapsmøte"],
  status: ["draft"],
  synthesisLabel: ["Mellom svarene"],
  id: ["hovedfunn", "i-gang", "sporsmal-1", "innlegg"],
  name: ["Hovedfunn", "Hvordan komme i gang?", "Gode erfaringer", "Suksessfaktorer", "Forberedelse", "Gjennomføring"],
  role: ["rådgiver", "Kommuner", "Helseforetak"],
  table: ["Bord 1"],
  tool: ["Menti"],
  who: ["Sekretariatet", "En deltaker"],
  question: ["Hva er viktigst for å lykkes?", "Hvordan løser vi dette sammen?"],
  tables: ["6 bord"],
  groupSize: ["5–6 per bord"],
  facilitation: ["En bordvert på hvert bord"],
  tasks: ["Samme oppgaver på alle bord"],
  label: ["innbyggere over 80 år", "av de ansatte"],
  what: ["Oppfølging i styringsgruppen"],
  time: ["09:00", "10:15"],
  end: ["10:15"],
  type: ["break"],
  section: ["innlegg"],
  unit: ["%"],
  text: ["SSB"],
};

/** A text as compared: its words, whatever the spacing. */
const normal = (text: string): string => text.replace(/\s+/g, " ").trim();

const examples = new Map(Object.entries(TEMPLATE_EXAMPLES).map(([key, list]) => [key, new Set(list.map(normal))]));

/** The text stands at `key` as the template wrote it. */
export const isTemplateExample = (key: string, text: string): boolean => examples.get(key)?.has(normal(text)) ?? false;
