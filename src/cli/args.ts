/** Command-line arguments, parsed with Node's own parser. */
import { parseArgs } from "node:util";
import type { ReportFormat } from "../validate/format-machine.ts";
import type { MessageLang } from "../validate/messages/index.ts";
import { SHAPES, type Shape } from "../scaffold/new-report.ts";

export interface CliArgs {
  command: "build" | "check" | "serve" | "new" | "import" | "help";
  contentDir: string;
  outDir: string;
  lang: MessageLang;
  port: number;
  pdf: boolean;
  drafts: boolean;
  strict: boolean;
  format: ReportFormat;
  /** For `new`: the report's title, date and shape. */
  title: string;
  date: string;
  shape: Shape;
  /** For `import`: the Word document, and whether --title and --date were given (else the document says). */
  file: string;
  titleGiven: boolean;
  dateGiven: boolean;
}

/** Today as YYYY-MM-DD in local time: the date a new report gets unless told otherwise. */
const today = (): string => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

export const USAGE = `Bruk: samling <kommando> [valg]

Kommandoer:
  new "Tittel"   lag en ny rapport (utkast) med eksempelfiler å fylle ut
  import FIL.docx
                 gjør et Word-dokument om til en ny rapport (utkast), med kapitler,
                 lister, tabeller, bilder og fotnoter, og si hva som må sjekkes
  build          kontroller innholdet og bygg nettstedet til _site/
  check          bare kontroller innholdet; skriver ingenting
  serve          forhåndsvisning: bygg, start en lokal server, last siden på nytt ved endringer

Valg:
  --content <mappe>   innholdsmappen (standard: content)
  --out <mappe>       hvor nettstedet skrives (standard: _site)
  --lang nb|en        språk for meldinger (standard: nb)
  --port <nummer>     port for serve (standard: 8080)
  --no-pdf            bygg bare nettsidene, ingen PDF
  --drafts            ta med utkast, merket UTKAST (alltid med i serve)
  --strict            advarsler (for eksempel personopplysninger) teller som feil
  --format <f>        text (standard), json eller github (merknader i GitHub Actions)
  --date ÅÅÅÅ-MM-DD   datoen for new og import (standard: i dag; import: dokumentets)
  --title "Tittel"    tittelen for import (standard: dokumentets)
  --shape <form>      for new: conference (konferanse), partnership (partnerskapsmøte)
                      eller visit (besøk/program); standard: conference
  -h, --help          vis denne hjelpen
`;

export function parseCliArgs(argv: string[]): CliArgs | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        content: { type: "string", default: "content" },
        out: { type: "string", default: "_site" },
        lang: { type: "string", default: "nb" },
        port: { type: "string", default: "8080" },
        help: { type: "boolean", short: "h", default: false },
        "no-pdf": { type: "boolean", default: false },
        drafts: { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        format: { type: "string", default: "text" },
        date: { type: "string" },
        shape: { type: "string", default: "conference" },
        title: { type: "string" },
      },
    });
    const command = values.help ? "help" : (positionals[0] ?? "help");
    if (!["build", "check", "serve", "new", "import", "help"].includes(command)) return { error: `ukjent kommando «${command}»` };
    if (command === "import" && !positionals[1]) return { error: `import trenger et Word-dokument: samling import rapport.docx` };
    if (values.lang !== "nb" && values.lang !== "en") return { error: `--lang må være nb eller en` };
    if (!["text", "json", "github"].includes(values.format)) return { error: `--format må være text, json eller github` };
    if (!(SHAPES as readonly string[]).includes(values.shape)) return { error: `--shape må være ${SHAPES.join(", ")}` };
    if (command === "new" && !positionals[1]) return { error: `new trenger en tittel: samling new "Tittel på rapporten"` };
    return {
      command: command as CliArgs["command"],
      contentDir: values.content,
      outDir: values.out,
      lang: values.lang,
      port: Number(values.port),
      pdf: !values["no-pdf"],
      // Previewing is what serve is for: it always shows drafts.
      drafts: values.drafts || command === "serve",
      strict: values.strict,
      format: values.format as ReportFormat,
      title: command === "import" ? (values.title ?? "") : (positionals[1] ?? ""),
      file: command === "import" ? positionals[1]! : "",
      titleGiven: values.title !== undefined,
      dateGiven: values.date !== undefined,
      date: values.date ?? today(),
      shape: values.shape as Shape,
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
