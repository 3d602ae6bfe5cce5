/** Command-line arguments, parsed with Node's own parser. */
import { parseArgs } from "node:util";
import type { ReportFormat } from "../validate/format-machine.ts";
import type { MessageLang } from "../validate/messages/index.ts";

export interface CliArgs {
  command: "build" | "check" | "serve" | "help";
  contentDir: string;
  outDir: string;
  lang: MessageLang;
  port: number;
  pdf: boolean;
  drafts: boolean;
  strict: boolean;
  format: ReportFormat;
}

export const USAGE = `Bruk: samling <kommando> [valg]

Kommandoer:
  build    kontroller innholdet og bygg nettstedet til _site/
  check    bare kontroller innholdet; skriver ingenting
  serve    bygg, start en lokal server og bygg på nytt ved endringer

Valg:
  --content <mappe>   innholdsmappen (standard: content)
  --out <mappe>       hvor nettstedet skrives (standard: _site)
  --lang nb|en        språk for meldinger (standard: nb)
  --port <nummer>     port for serve (standard: 8080)
  --no-pdf            bygg bare nettsidene, ingen PDF
  --drafts            ta med utkast, merket UTKAST (alltid med i serve)
  --strict            advarsler (for eksempel personopplysninger) teller som feil
  --format <f>        text (standard), json eller github (merknader i GitHub Actions)
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
      },
    });
    const command = values.help ? "help" : (positionals[0] ?? "help");
    if (!["build", "check", "serve", "help"].includes(command)) return { error: `ukjent kommando «${command}»` };
    if (values.lang !== "nb" && values.lang !== "en") return { error: `--lang må være nb eller en` };
    if (!["text", "json", "github"].includes(values.format)) return { error: `--format må være text, json eller github` };
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
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
