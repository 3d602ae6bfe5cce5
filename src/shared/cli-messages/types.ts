/**
 * Every message the command line prints itself — usage, refusals, summaries
 * of build, check, serve, new and import, import's one-line reasons, print
 * progress and print failures — as one typed catalogue per language. The
 * content's own problems (diagnostics) are worded by src/validate/messages/;
 * this is everything around them.
 *
 * A message with values is a function; one without is a string. Each
 * language is typed against this interface, so a message cannot exist in one
 * language and be missing in another.
 */

/** Languages the command line speaks: the same as the diagnostics' MessageLang (tests/cli check they agree). */
export type CliLang = "nb" | "en";

/** Where a report's print was when it stopped (print/watchdog.ts's PrintStage). */
export type PrintStageName = "load" | "layout" | "pdf" | "finish";

/** What the words for a failed print need to know of it (print/watchdog.ts's PrintFailure has these fields). */
export interface PrintFailureFacts {
  /** The print page's path, e.g. /rapport/utskrift/: the same page is serve's print preview. */
  path: string;
  stage: PrintStageName;
  reason: "error" | "crash" | "timeout";
  /** The report's time budget, in seconds. */
  budget: number;
}

/** A build that went through: what it wrote. */
export interface BuildDone {
  reports: number;
  pages: number;
  /** Present when PDFs were made: how many, and how many of those were printed now (not reused). */
  pdfs?: { count: number; printed: number };
  outDir: string;
  /** Seconds the build took, already formatted ("3.4"). */
  seconds: string;
}

/** A site `init` made. */
export interface SiteMade {
  /** The folder and its files, as the user sees them (relative paths). */
  dir: string;
  files: readonly string[];
  /** The example report's id, with --example. */
  example?: string;
}

/** A report folder `new` made. */
export interface NewReportMade {
  /** The folder and its files, as the user sees them (relative paths). */
  dir: string;
  files: readonly string[];
  /** The report's address in `serve`. */
  url: string;
}

export interface CliMessages {
  /** `samling --help`, and what follows a usage error. Ends with a newline. */
  usage: string;

  /** Wrong use of the command: printed after «samling: », then the usage; exit code 2. */
  args: {
    unknownCommand: (command: string) => string;
    importNeedsFile: string;
    langValues: string;
    formatValues: string;
    shapeValues: (shapes: readonly string[]) => string;
    newNeedsTitle: string;
    initNeedsFolder: string;
    initNeedsName: string;
    siteLangValues: string;
  };

  /** `samling build` (the check's own summary comes with the diagnostics). */
  build: {
    /** No browser to print PDFs with: one line, with its own «samling: ». */
    noBrowser: string;
    /** The last line of a failed build. */
    nothingWritten: string;
    /** The one line of a good build, after «samling: ». */
    done: (b: BuildDone) => string;
    /** Another build (its process id) is writing the same output folder. */
    locked: (outDir: string, pid: number) => string;
    /** The file system failed under the build (a full disk …): its code, the file and the bytes needed when known. */
    fileSystem: (fault: { code: string; file?: string; bytes?: number }) => string;
    /** Files others wrote that are not as promised: one line each (file, what is wrong, expected and found). */
    incomplete: (problems: ReadonlyArray<{ file: string; what: string; expected?: number; found?: number }>) => string;
  };

  /** `samling check --fix`, after «samling: ». */
  fix: {
    /** What was changed: a heading line, then one line per change (file:line:column  old → new). */
    changed: (changes: number, files: number) => string;
    renamed: (from: string, to: string) => string;
    removed: (key: string) => string;
    /** Nothing `--fix` knows how to change. */
    nothing: string;
    /** Old keys are there, but none `--fix` may change itself (both names written, a removed key sharing its line). */
    nothingByItself: string;
    /** A file that could not be written: its path and the system's reason. */
    notWritten: (file: string, reason: string) => string;
  };

  /** `samling serve`, after «samling: ». */
  serve: {
    ready: (reports: number, milliseconds: number) => string;
    address: (url: string) => string;
  };

  /** The page serve shows in the browser while the content has errors. */
  errorPage: {
    title: string;
    lead: string;
    /** Heading over a template error (the build itself stopped). */
    failed: string;
  };

  /** `samling new`. */
  /** `samling init`. */
  init: {
    /** Questions for what was not given as a flag, when a person runs it in a terminal. */
    ask: { name: string; siteLang: string; url: string; color: string };
    notEmpty: (dir: string) => string;
    badUrl: (url: string) => string;
    badColor: (color: string) => string;
    /** What was made and what to do next; ends with a newline. */
    made: (s: SiteMade) => string;
  };

  new: {
    badDate: (date: string) => string;
    emptyTitle: string;
    exists: (dir: string) => string;
    /** What was made and what to do next; ends with a newline. */
    made: (r: NewReportMade) => string;
  };

  /** `samling import`. */
  import: {
    /** One line, after «samling: »: the file and the reason. */
    failed: (file: string, reason: string) => string;
    /** Why a file could not be imported: one line each, no full stop (failed() adds it). */
    reasons: {
      notDocxName: string;
      notFound: string;
      isFolder: string;
      unreadable: string;
      empty: string;
      tooLarge: (megabytes: number, limitMegabytes: number) => string;
      oldOrEncrypted: string;
      notWord: string;
      zipNotWord: string;
      damaged: string;
      /** A zip bomb: one entry unpacks to far more than a document holds (its name, and bytes unpacked and packed). */
      bomb: (entry: string, unpackedBytes: number, packedBytes: number) => string;
      tooManyEntries: (count: number, limit: number) => string;
      unpacksTooLarge: (megabytes: number, limitMegabytes: number) => string;
      emptyDocument: string;
      badDate: (date: string) => string;
      exists: (dir: string) => string;
      cannotWrite: (code: string | undefined) => string;
    };
    /** The summary of a good import, line by line. */
    summary: {
      imported: (source: string, dir: string) => string;
      chapters: (n: number) => string;
      textBlocks: (n: number) => string;
      tables: (n: number) => string;
      images: (n: number, withoutAlt: number) => string;
      footnotes: (n: number) => string;
      checkHeading: string;
      noAlt: (file: string) => string;
      noCaption: (file: string) => string;
      noteInTable: (file: string) => string;
      droppedLink: (link: string) => string;
      unknownStyles: (styles: readonly string[]) => string;
      date: (file: string, from: "document" | "today") => string;
      fillIn: (file: string) => string;
      next: string;
    };
  };

  /** The print step: one progress line per report, and reports that got no PDF (print/print-messages.ts). */
  print: {
    /** A report printed (`seconds` undefined: the PDF was reused, unchanged). */
    printed: (p: { n: number; of: number; id: string; pages: number; seconds: number | undefined }) => string;
    /** A report whose print was stopped. */
    stopped: (p: {
      n: number;
      of: number;
      id: string;
      stage: PrintStageName;
      reason: PrintFailureFacts["reason"];
      seconds: number;
    }) => string;
    heading: (failed: number) => string;
    stage: Record<PrintStageName, string>;
    what: (f: PrintFailureFacts) => string;
    /** What to do; `moreTime` is a SAMLING_PRINT_TIMEOUT worth trying. */
    advice: (f: PrintFailureFacts, moreTime: string) => string;
  };
}
