/**
 * Reports that got no PDF, in words: for each, which report, at which stage
 * of its print, what the browser said and what to do — in bokmål or English,
 * like the command's other messages. The one place print failures are worded.
 *
 *   2 rapporter fikk ingen PDF:
 *     2024-03-01-møte  sideoppsett med Paged.js: nettleseren meldte en feil
 *         TypeError: Cannot read properties of null (reading 'offsetTop')
 *         → Se utskriften i forhåndsvisningen: …
 */
import { formatCount } from "../shared/format.ts";
import type { MessageLang } from "../validate/messages/index.ts";
import type { PrintFailure, PrintStage } from "./watchdog.ts";

interface Words {
  heading: (n: number) => string;
  stage: Record<PrintStage, string>;
  what: (f: PrintFailure) => string;
  advice: (f: PrintFailure, moreTime: string) => string;
}

const nb: Words = {
  heading: (n) => `${formatCount(n, "rapport", "rapporter", "nb")} fikk ingen PDF:`,
  stage: { load: "lasting av utskriftssiden", layout: "sideoppsett med Paged.js", pdf: "PDF-utskrift i Chromium", finish: "ferdigstilling av PDF-en" },
  what: (f) => ({ error: "nettleseren meldte en feil", crash: "nettleseren krasjet", timeout: `ikke ferdig etter ${f.budget} s (tidsgrensen for rapporten)` })[f.reason],
  advice: (f, more) => {
    const preview = `åpne ${f.path} i samling serve («Forhåndsvis utskrift» på rapportens side)`;
    if (f.reason === "crash") return `Nettleseren stoppet, ofte fordi minnet ble fullt. Lukk andre programmer og bygg på nytt; skjer det igjen med samme rapport, ${preview}.`;
    if (f.reason === "timeout" && f.stage === "layout")
      return `Paged.js ble ikke ferdig med sidene: ${preview} og se hvor utskriften stopper. Er rapporten bare stor eller maskinen opptatt, gi mer tid: SAMLING_PRINT_TIMEOUT=${more} samling build.`;
    if (f.reason === "timeout") return `Bygg på nytt med mer tid: SAMLING_PRINT_TIMEOUT=${more} samling build. Skjer det igjen, ${preview}.`;
    if (f.stage === "pdf" || f.stage === "finish") return "Sidene ble laget, men ikke PDF-en. Bygg på nytt; skjer det igjen, meld feilen til samling med denne meldingen.";
    return `Se feilen der den skjer: ${preview}; den vises på siden og i nettleserens konsoll. Rett det som utløser den (ofte en endring i layouts/print, assets/css/print eller assets/js) og bygg på nytt.`;
  },
};

const en: Words = {
  heading: (n) => `${formatCount(n, "report", "reports", "en")} got no PDF:`,
  stage: { load: "loading the print page", layout: "Paged.js layout", pdf: "making the PDF in Chromium", finish: "finishing the PDF" },
  what: (f) => ({ error: "the browser reported an error", crash: "the browser crashed", timeout: `not finished after ${f.budget} s (the report's time limit)` })[f.reason],
  advice: (f, more) => {
    const preview = `open ${f.path} in samling serve ("Forhåndsvis utskrift" on the report's page)`;
    if (f.reason === "crash") return `The browser stopped, often because memory ran out. Close other programs and build again; if it happens again with the same report, ${preview}.`;
    if (f.reason === "timeout" && f.stage === "layout")
      return `Paged.js did not finish the pages: ${preview} and see where the layout stops. If the report is just large or the machine busy, allow more time: SAMLING_PRINT_TIMEOUT=${more} samling build.`;
    if (f.reason === "timeout") return `Build again with more time: SAMLING_PRINT_TIMEOUT=${more} samling build. If it happens again, ${preview}.`;
    if (f.stage === "pdf" || f.stage === "finish") return "The pages were laid out, but the PDF was not made. Build again; if it happens again, report it to samling with this message.";
    return `See the error where it happens: ${preview}; it shows on the page and in the browser's console. Fix what causes it (often a change in layouts/print, assets/css/print or assets/js) and build again.`;
  },
};

const WORDS: Record<MessageLang, Words> = { nb, en };

/** Three times the budget, at least a minute, in tens of seconds: a value worth trying. */
const moreTime = (budget: number): string => String(Math.max(60, Math.ceil((budget * 3) / 10) * 10));

export function formatPrintFailure(f: PrintFailure, lang: MessageLang = "nb"): string {
  const w = WORDS[lang];
  const lines = [`  ${f.id}  ${w.stage[f.stage]}: ${w.what(f)}`];
  if (f.detail) lines.push(`      ${f.detail}`);
  lines.push(`      → ${w.advice(f, moreTime(f.budget))}`);
  return lines.join("\n");
}

/** Every failed report, in build order; no trailing newline. */
export function formatPrintFailures(failures: readonly PrintFailure[], lang: MessageLang = "nb"): string {
  return [WORDS[lang].heading(failures.length), ...failures.map((f) => formatPrintFailure(f, lang))].join("\n");
}

/** Thrown by printReports when reports could not be printed; the others did finish (or fail) first. */
export class PrintFailures extends Error {
  constructor(readonly failures: PrintFailure[]) {
    super(`no PDF for ${failures.map((f) => f.id).join(", ")}`);
  }
}
