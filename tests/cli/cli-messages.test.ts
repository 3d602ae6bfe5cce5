/**
 * The command line's message catalogue (src/shared/cli-messages/): both
 * languages have every message (the type checker sees to that; this checks it
 * at run time too), no message is empty whatever it is given, the English one
 * has no Norwegian letters, and the catalogue speaks the same languages as the
 * content's diagnostics.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { cliCatalogues, cliMessages, type CliLang, type CliMessages } from "../../src/shared/cli-messages/index.ts";
import type { MessageLang } from "../../src/validate/messages/index.ts";

/** For every message that is a function, the arguments to call it with: several, to reach each branch. */
type Samples<T> = {
  [K in keyof T as T[K] extends string ? never : K]: T[K] extends (...args: infer A) => string
    ? readonly A[]
    : Samples<T[K]>;
};

const failure = (reason: "error" | "crash" | "timeout", stage: "load" | "layout" | "pdf" | "finish") => ({
  path: "/a/utskrift/",
  stage,
  reason,
  budget: 30,
});

const SAMPLES: Samples<CliMessages> = {
  args: { unknownCommand: [["lag"]], shapeValues: [[["conference", "visit"]]] },
  build: {
    done: [
      [{ reports: 1, pages: 17, outDir: "_site", seconds: "1.2" }],
      [{ reports: 0, pages: 6, pdfs: { count: 2, printed: 1 }, outDir: "_site", seconds: "0.4" }],
    ],
    locked: [["_site", 4711]],
    fileSystem: [
      [{ code: "ENOSPC", file: "_site/a/index.html", bytes: 1_200_000 }],
      [{ code: "EIO" }],
      [{ code: "EROFS", file: "_site" }],
    ],
    incomplete: [
      [
        [
          { file: "pagefind/pagefind-entry.json", what: "empty" },
          { file: "a/a.pdf", what: "pages", expected: 12, found: 3 },
        ],
      ],
    ],
  },
  fix: {
    changed: [
      [1, 1],
      [3, 2],
    ],
    renamed: [["measuresTitle", "measuresHeading"]],
    removed: [["oldKey"]],
    notWritten: [["content/site.yaml", "EACCES"]],
  },
  serve: {
    ready: [
      [1, 120],
      [3, 40],
    ],
    address: [["http://127.0.0.1:8080/"]],
  },
  errorPage: {},
  init: {
    ask: {},
    notEmpty: [["helse"]],
    badUrl: [["rapporter.no"]],
    badColor: [["navy"]],
    made: [
      [{ dir: "helse", files: ["package.json", "content/site.yaml"] }],
      [{ dir: "helse", files: ["package.json"], example: "2025-05-20-eksempel-partnerskapsmote" }],
    ],
  },
  new: {
    badDate: [["2025-02-30"]],
    exists: [["content/reports/x"]],
    made: [[{ dir: "content/reports/x", files: ["content/reports/x/report.yaml"], url: "http://127.0.0.1:8080/x/" }]],
  },
  import: {
    failed: [["a.docx", "reason"]],
    reasons: {
      tooLarge: [[250, 200]],
      bomb: [["word/document.xml", 1_500_000_000, 1_462_000]],
      tooManyEntries: [[20_000, 10_000]],
      unpacksTooLarge: [[1200, 1000]],
      badDate: [["2025-02-30"]],
      exists: [["content/reports/x"]],
      cannotWrite: [["EACCES"], [undefined]],
    },
    summary: {
      imported: [["a.docx", "content/reports/x"]],
      chapters: [[1], [2]],
      textBlocks: [[1], [5]],
      tables: [[0], [1]],
      images: [
        [0, 0],
        [2, 1],
      ],
      footnotes: [[1], [3]],
      noAlt: [["x/figur.yaml"]],
      noCaption: [["x/tabell.yaml"]],
      noteInTable: [["x/tabell.yaml"]],
      droppedLink: [["javascript:alert(1)"]],
      unknownStyles: [[["Body indent", "Quote 2"]]],
      date: [
        ["x/report.yaml", "document"],
        ["x/report.yaml", "today"],
      ],
      fillIn: [["x/report.yaml"]],
    },
  },
  print: {
    printed: [
      [{ n: 1, of: 2, id: "r", pages: 12, seconds: 3.4 }],
      [{ n: 2, of: 2, id: "r", pages: 1, seconds: undefined }],
    ],
    stopped: [[{ n: 1, of: 1, id: "r", stage: "layout", reason: "timeout", seconds: 30 }]],
    heading: [[1], [2]],
    stage: {},
    what: (["error", "crash", "timeout"] as const).map((r) => [failure(r, "layout")] as const),
    advice: [
      [failure("crash", "layout"), "90"],
      [failure("timeout", "layout"), "90"],
      [failure("timeout", "load"), "90"],
      [failure("error", "pdf"), "90"],
      [failure("error", "finish"), "90"],
      [failure("error", "layout"), "90"],
    ],
  },
};

/** Every message of a catalogue as text: strings as they are, functions called with each of their samples. */
function texts(messages: unknown, samples: unknown, path = ""): Array<[path: string, text: unknown]> {
  return Object.entries(messages as Record<string, unknown>).flatMap(([key, value]): Array<[string, unknown]> => {
    const at = path ? `${path}.${key}` : key;
    const own = (samples as Record<string, unknown> | undefined)?.[key];
    if (typeof value === "function") {
      const calls = (own ?? []) as unknown[][];
      return calls.length
        ? calls.map((args) => [at, (value as (...a: unknown[]) => unknown)(...args)])
        : [[at, "(no sample)"]];
    }
    if (value && typeof value === "object") return texts(value, own, at);
    return [[at, value]];
  });
}

const keys = (value: unknown, path = ""): string[] =>
  value && typeof value === "object"
    ? Object.entries(value).flatMap(([k, v]) => [`${path}${k}`, ...keys(v, `${path}${k}.`)])
    : [];

describe("the command line's message catalogue", () => {
  it("speaks exactly the languages the diagnostics do", () => {
    expectTypeOf<CliLang>().toEqualTypeOf<MessageLang>();
    expect(Object.keys(cliCatalogues).sort()).toEqual(["en", "nb"]);
  });

  it("has the same messages in bokmål and English", () => {
    expect(keys(cliCatalogues.en).sort()).toEqual(keys(cliCatalogues.nb).sort());
  });

  for (const lang of ["nb", "en"] as const) {
    it(`${lang}: no message is empty, whatever it is given, and every function has a sample`, () => {
      const all = texts(cliMessages(lang), SAMPLES);
      expect(all.length).toBeGreaterThan(60);
      expect(
        all
          .filter(([, text]) => typeof text !== "string" || !text.trim() || text === "(no sample)")
          .map(([path]) => path),
      ).toEqual([]);
    });
  }

  it("has no Norwegian letters in English, beyond what it is given", () => {
    const found = texts(cliMessages("en"), SAMPLES).filter(([, text]) => /[æøåÆØÅ]/.test(String(text)));
    expect(found).toEqual([]);
  });

  it("is bokmål unless asked otherwise", () => {
    expect(cliMessages()).toBe(cliCatalogues.nb);
    expect(cliMessages("en")).toBe(cliCatalogues.en);
  });
});
