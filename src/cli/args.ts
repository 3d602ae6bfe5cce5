/** Command-line arguments, parsed with Node's own parser. */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { displayPath } from "../shared/display-path.ts";
import { siteDir } from "../shared/site-dir.ts";
import type { ReportFormat } from "../validate/format-machine.ts";
import type { MessageLang } from "../validate/messages/index.ts";
import { SHAPES, type Shape } from "../scaffold/new-report.ts";
import { cliMessages } from "../shared/cli-messages/index.ts";
import { languages, type Lang } from "../shared/i18n/index.ts";

export interface CliArgs {
  command: "build" | "check" | "serve" | "new" | "import" | "init" | "help" | "version";
  contentDir: string;
  outDir: string;
  lang: MessageLang;
  port: number;
  /** For `serve`: host names it answers to besides the local ones (shared/local-origin.ts). */
  hosts: string[];
  pdf: boolean;
  /** false: `--no-cache`, nothing read from the caches. */
  cache: boolean;
  drafts: boolean;
  strict: boolean;
  /** For `check`: rewrite old key names in the files. */
  fix: boolean;
  format: ReportFormat;
  /** For `new`: the report's title, date and shape. */
  title: string;
  date: string;
  shape: Shape;
  /** For `import`: the Word document, and whether --title and --date were given (else the document says). */
  file: string;
  titleGiven: boolean;
  dateGiven: boolean;
  /** For `init`: the site's folder and what it says of itself; missing ones are asked for in a terminal. */
  init: {
    folder: string;
    name?: string;
    siteLang?: Lang;
    url?: string;
    color?: string;
    example: boolean;
    samling?: string;
  };
}

/** Today as YYYY-MM-DD in local time: the date a new report gets unless told otherwise. */
const today = (): string => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** The language asked for, read from the raw arguments: a usage error is said in it too. */
function langIn(argv: readonly string[]): MessageLang {
  let value: string | undefined;
  argv.forEach((a, i) => {
    if (a === "--lang") value = argv[i + 1];
    else if (a.startsWith("--lang=")) value = a.slice("--lang=".length);
  });
  return value === "en" ? "en" : "nb";
}

export function parseCliArgs(argv: string[]): CliArgs | { error: string; lang: MessageLang } {
  const lang = langIn(argv);
  const m = cliMessages(lang).args;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        // In the site's folder (SAMLING_SITE, else where samling started), named as the user sees it.
        content: { type: "string", default: displayPath(join(siteDir(), "content")) || "." },
        out: { type: "string", default: displayPath(join(siteDir(), "_site")) || "." },
        lang: { type: "string", default: "nb" },
        port: { type: "string", default: "8080" },
        host: { type: "string", multiple: true, default: [] },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
        "no-pdf": { type: "boolean", default: false },
        "no-cache": { type: "boolean", default: false },
        drafts: { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        fix: { type: "boolean", default: false },
        format: { type: "string", default: "text" },
        date: { type: "string" },
        shape: { type: "string", default: "conference" },
        title: { type: "string" },
        name: { type: "string" },
        "site-lang": { type: "string" },
        url: { type: "string" },
        color: { type: "string" },
        example: { type: "boolean", default: false },
        samling: { type: "string" },
      },
    });
    const command = values.help ? "help" : values.version ? "version" : (positionals[0] ?? "help");
    if (!["build", "check", "serve", "new", "import", "init", "help", "version"].includes(command))
      return { error: m.unknownCommand(command), lang };
    if (command === "import" && !positionals[1]) return { error: m.importNeedsFile, lang };
    if (values.lang !== "nb" && values.lang !== "en") return { error: m.langValues, lang };
    if (!["text", "json", "github"].includes(values.format)) return { error: m.formatValues, lang };
    if (!(SHAPES as readonly string[]).includes(values.shape)) return { error: m.shapeValues(SHAPES), lang };
    if (command === "new" && !positionals[1]) return { error: m.newNeedsTitle, lang };
    if (command === "init" && !positionals[1]) return { error: m.initNeedsFolder, lang };
    const siteLang = values["site-lang"];
    if (siteLang !== undefined && !(languages as readonly string[]).includes(siteLang))
      return { error: m.siteLangValues, lang };
    return {
      command: command as CliArgs["command"],
      contentDir: values.content,
      outDir: values.out,
      lang: values.lang,
      port: Number(values.port),
      hosts: values.host,
      pdf: !values["no-pdf"],
      cache: !values["no-cache"],
      // Previewing is what serve is for: it always shows drafts.
      drafts: values.drafts || command === "serve",
      strict: values.strict,
      fix: values.fix,
      format: values.format as ReportFormat,
      title: command === "import" ? (values.title ?? "") : (positionals[1] ?? ""),
      file: command === "import" ? positionals[1]! : "",
      titleGiven: values.title !== undefined,
      dateGiven: values.date !== undefined,
      date: values.date ?? today(),
      shape: values.shape as Shape,
      init: {
        folder: command === "init" ? positionals[1]! : "",
        ...(values.name !== undefined && { name: values.name }),
        ...(siteLang !== undefined && { siteLang: siteLang as Lang }),
        ...(values.url !== undefined && { url: values.url }),
        ...(values.color !== undefined && { color: values.color }),
        example: values.example,
        ...(values.samling !== undefined && { samling: values.samling }),
      },
    };
  } catch (error) {
    return { error: (error as Error).message, lang };
  }
}
