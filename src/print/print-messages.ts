/**
 * Reports that got no PDF, in words: for each, which report, at which stage
 * of its print, what the browser said and what to do — in bokmål or English,
 * like the command's other messages. The words are the command line's
 * (src/shared/cli-messages/, «print»); this file lays them out.
 *
 *   2 rapporter fikk ingen PDF:
 *     2024-03-01-møte  sideoppsett med Paged.js: nettleseren meldte en feil
 *         TypeError: Cannot read properties of null (reading 'offsetTop')
 *         → Se utskriften i forhåndsvisningen: …
 */
import { cliMessages, type CliLang, type PrintStageName } from "../shared/cli-messages/index.ts";
import type { PrintFailure, PrintStage } from "./watchdog.ts";

/** The catalogue has words for exactly the stages a print goes through. */
const sameStages: [PrintStage, PrintStageName] extends [PrintStageName, PrintStage] ? true : never = true;
void sameStages;

/** Three times the budget, at least a minute, in tens of seconds: a value worth trying. */
const moreTime = (budget: number): string => String(Math.max(60, Math.ceil((budget * 3) / 10) * 10));

export function formatPrintFailure(f: PrintFailure, lang: CliLang = "nb"): string {
  const w = cliMessages(lang).print;
  const lines = [`  ${f.id}  ${w.stage[f.stage]}: ${w.what(f)}`];
  if (f.detail) lines.push(`      ${f.detail}`);
  lines.push(`      → ${w.advice(f, moreTime(f.budget))}`);
  return lines.join("\n");
}

/** Every failed report, in build order; no trailing newline. */
export function formatPrintFailures(failures: readonly PrintFailure[], lang: CliLang = "nb"): string {
  return [cliMessages(lang).print.heading(failures.length), ...failures.map((f) => formatPrintFailure(f, lang))].join(
    "\n",
  );
}

/** Thrown by printReports when reports could not be printed; the others did finish (or fail) first. */
export class PrintFailures extends Error {
  constructor(readonly failures: PrintFailure[]) {
    super(`no PDF for ${failures.map((f) => f.id).join(", ")}`);
  }
}
