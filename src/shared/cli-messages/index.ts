/**
 * The command line's messages in the language the user asked for (`--lang`).
 * Callers pass the language on from the parsed arguments, down to the print
 * step's progress lines; bokmål when none is given.
 */
import { en } from "./en.ts";
import { nb } from "./nb.ts";
import type { CliLang, CliMessages } from "./types.ts";

export const cliCatalogues: Record<CliLang, CliMessages> = { nb, en };

/** The messages in `lang`, bokmål by default. */
export function cliMessages(lang: CliLang = "nb"): CliMessages {
  return cliCatalogues[lang];
}

export type { BuildDone, CliLang, CliMessages, NewReportMade, PrintFailureFacts, PrintStageName } from "./types.ts";
