/**
 * The print watchdog: watches one report's print page while it loads, is
 * laid out by Paged.js, printed and finished, and stops it within seconds
 * when the browser reports an error (an uncaught exception or rejection, a
 * console.error from Paged.js or our handlers), the page crashes, or the
 * report's time budget runs out. What went wrong is kept as data
 * (PrintFailure); print-messages.ts says it in words.
 */
import type { ConsoleMessage, Page } from "playwright-core";

/** Where a report's print was: loading the print page, Paged.js layout, Chromium making the PDF, pdf-lib finishing it. */
export type PrintStage = "load" | "layout" | "pdf" | "finish";

export interface PrintFailure {
  /** The report's id: its folder under content/reports/. */
  id: string;
  /** The print page's path, e.g. /rapport/utskrift/: the same page is serve's print preview. */
  path: string;
  stage: PrintStage;
  /** error: the browser (or the code finishing the PDF) reported an error; crash: the page or browser died; timeout: the budget ran out. */
  reason: "error" | "crash" | "timeout";
  /** The error's own text, first line only. */
  detail?: string;
  /** The report's budget and how long it ran, in seconds. */
  budget: number;
  seconds: number;
}

/** A report's print stopped; carries what is known about it but the report's id and path. */
export class PrintStopped extends Error {
  constructor(
    readonly stage: PrintStage,
    readonly reason: PrintFailure["reason"],
    readonly detail?: string,
  ) {
    super(`print stopped during ${stage}: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}

/** Seconds every report gets, plus this much per 100 kB of print HTML; a 150-page report (~360 kB) took 46 s on a loaded 2-core machine. */
const BASE_SECONDS = 30;
const SECONDS_PER_100_KB = 30;

/**
 * A report's time budget in seconds, from the size of its print page. More
 * reports at once than cores share them, and get proportionally longer.
 * SAMLING_PRINT_TIMEOUT (seconds) replaces the computed budget.
 */
export function printBudget(htmlBytes: number, share = 1, env: NodeJS.ProcessEnv = process.env): number {
  const override = Number(env.SAMLING_PRINT_TIMEOUT);
  if (env.SAMLING_PRINT_TIMEOUT && Number.isFinite(override) && override > 0) return override;
  return Math.ceil((BASE_SECONDS + (SECONDS_PER_100_KB * htmlBytes) / 100_000) * Math.max(1, share));
}

/** First line of an error's text, without Playwright's call log, kept short. */
export function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim()) ?? "";
  return line.trim().length > 300 ? `${line.trim().slice(0, 299)}…` : line.trim();
}

/** Chromium reports these through window.onerror, but they are harmless. */
const BENIGN = /^ResizeObserver loop/;

/**
 * A console.error from running code counts (Paged.js logs «Layout repeated» and
 * gives up on the rest of the report); Chromium's own line about a resource that
 * failed to load (favicon.ico) does not: it has no place in any script.
 */
const fromScript = (msg: ConsoleMessage): boolean =>
  msg.type() === "error" && (msg.location().lineNumber > 0 || msg.location().columnNumber > 0);

export interface Watch {
  /** Runs one step of the print as `stage`; rejects with PrintStopped as soon as the page fails or the budget runs out. */
  step<T>(stage: PrintStage, work: Promise<T>): Promise<T>;
  /** Stops the timer and stops listening; the page may then be closed quietly. */
  stop(): void;
}

export function watchPage(page: Page, budgetSeconds: number): Watch {
  let stage: PrintStage = "load";
  let stopped = false;
  let fail!: (reason: PrintStopped) => void;
  const failed = new Promise<never>((_, reject) => (fail = (reason) => !stopped && reject(reason)));
  failed.catch(() => {}); // Only steps await it; a failure between steps is picked up by the next one.

  const onError = (error: Error) => {
    if (!BENIGN.test(error.message))
      fail(new PrintStopped(stage, "error", firstLine(`${error.name || "Error"}: ${error.message}`)));
  };
  const onConsole = (msg: ConsoleMessage) => {
    if (fromScript(msg) && !BENIGN.test(msg.text())) fail(new PrintStopped(stage, "error", firstLine(msg.text())));
  };
  const onCrash = () => fail(new PrintStopped(stage, "crash"));
  const onClose = () => fail(new PrintStopped(stage, "crash"));
  page.on("pageerror", onError);
  page.on("console", onConsole);
  page.on("crash", onCrash);
  page.on("close", onClose);
  const timer = setTimeout(() => fail(new PrintStopped(stage, "timeout")), budgetSeconds * 1000);

  return {
    step<T>(next: PrintStage, work: Promise<T>): Promise<T> {
      stage = next;
      // Once the page has failed, the step it was on rejects too (page closed): nobody waits for that.
      work.catch(() => {});
      return Promise.race([work, failed]).catch((error: unknown) => {
        if (error instanceof PrintStopped) throw error;
        throw new PrintStopped(stage, "error", firstLine(error instanceof Error ? error.message : String(error)));
      });
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      page.off("pageerror", onError);
      page.off("console", onConsole);
      page.off("crash", onCrash);
      page.off("close", onClose);
    },
  };
}

/** Closes a page, but waits no longer than `ms`: a renderer stuck in a loop must not hold up the build. */
export async function closeWithin(page: Page, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([page.close().catch(() => {}), new Promise<void>((ok) => (timer = setTimeout(ok, ms)))]);
  clearTimeout(timer);
}
