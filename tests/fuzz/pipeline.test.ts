/**
 * Fuzzing the whole pipeline: generated content folders (tests/fuzz/generators/)
 * go through load, validate, model and render (tests/fuzz/pipeline.ts), and no
 * exception may escape, every diagnostic must be well-formed, rendered HTML safe
 * and every case quick. A few hundred cases here, seeded; `npm run fuzz` runs
 * ten thousand and shrinks what it finds.
 *
 * On a failure fast-check prints the seed and the path of the failing case:
 * replay it with FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run tests/fuzz,
 * or with `npm run fuzz -- --seed <seed> --path <path> --count 1`.
 * FUZZ_RUNS changes the number of cases.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fuzzCase, laughs } from "./generators/index.ts";
import { CANARY, runCase, showCase, STAGES, TIME_BOUND_MS, Workspace, type CaseResult } from "./pipeline.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20_250_612);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const PATH = process.env.FUZZ_PATH;

/** Cases print as their files, so a counterexample can be read (and pasted into a test below). */
const readable = fuzzCase.map((c) => Object.assign(c, { [fc.toStringMethod]: () => showCase(c) }));

let ws: Workspace;
beforeAll(() => {
  ws = new Workspace();
  // Warm up the parsers, zod and the hyphenation patterns, so no case is timed with them.
  runCase(fc.sample(fuzzCase, { seed: 1, numRuns: 1 })[0]!, ws);
});
afterAll(() => ws.dispose());

const problems = (r: CaseResult) =>
  r.failures.map((f) => `${f.signature}\n  ${f.message}${f.srcFrame ? `\n  ${f.srcFrame}` : ""}`).join("\n");

describe("fuzz: generated content through load, validate, model and render", () => {
  it(`${RUNS} generated content folders: nothing thrown, diagnostics well-formed, HTML safe, each within ${TIME_BOUND_MS} ms`, () => {
    const reached: Record<string, number> = {};
    const families: Record<string, number> = {};
    let cases = 0;
    fc.assert(
      fc.property(readable, (c) => {
        const r = runCase(c, ws);
        cases++;
        families[c.family] = (families[c.family] ?? 0) + 1;
        for (const s of r.reached) reached[s] = (reached[s] ?? 0) + 1;
        if (r.failures.length) throw new Error(problems(r));
      }),
      {
        seed: SEED,
        numRuns: RUNS,
        ...(PATH && { path: PATH }),
        interruptAfterTimeLimit: 90_000,
        markInterruptAsFailure: false,
      },
    );
    const share = STAGES.map((s) => `${s} ${(((reached[s] ?? 0) * 100) / cases).toFixed(0)} %`).join(", ");
    console.info(
      `fuzz: ${cases} cases (${Object.entries(families)
        .map(([f, n]) => `${f} ${n}`)
        .join(", ")}); reached ${share}`,
    );
    if (!PATH) {
      // The generators must keep reaching the later stages, or the fuzzer tests only the parser.
      expect((reached.model ?? 0) / cases).toBeGreaterThan(0.1);
      expect((reached.render ?? 0) / cases).toBeGreaterThan(0.1);
    }
  });
});

/* ------------------------------------------------------------------------
 * What the fuzzer found, each shrunk to a minimal folder beside a valid
 * site.yaml and report.yaml: each failed once, and keeps its bug fixed.
 * "(known)" ones were reported before the fuzzer ran; it confirmed them.
 */

const run = (files: Record<string, string>): CaseResult =>
  runCase(
    {
      family: "found",
      drafts: true,
      files: Object.entries({
        "site.yaml": "name: Test\n",
        "reports/r/report.yaml": "title: Rapport\nstatus: draft\n",
        ...files,
      }).map(([path, data]) => ({ path, data })),
    },
    ws,
  );

const expectClean = (r: CaseResult) => expect(problems(r)).toBe("");

describe("fuzz: cases it found", () => {
  it.each([
    ["a first line `--- word` (prose, not front matter)", "--- Notater\n\nTekst.\n"],
    ["front matter in an unknown language", '---toml\ntitle = "x"\n---\nTekst.\n'],
    ["JSON front matter that is not JSON", "---json\n{ugyldig\n---\nTekst.\n"],
  ])("a Markdown file with %s is reported, not thrown", (_, text) => {
    expectClean(run({ "reports/r/01-a.md": text }));
  });

  it("front matter is never run as JavaScript", () => {
    const r = run({
      "reports/r/01-a.md": `---js\n{ title: (globalThis.${CANARY} = "front matter was run", "x") }\n---\nTekst.\n`,
    });
    expect(r.failures.filter((f) => f.kind === "executed")).toEqual([]);
  });

  it.each(["/rapporter/", "rapporter.example.no"])(
    "a site address without a scheme (url: %s) is reported or built, not thrown",
    (url) => {
      expectClean(run({ "site.yaml": `name: Test\nurl: ${url}\n`, "reports/r/01-a.md": "Tekst.\n" }));
    },
  );

  it.each([
    ["a list that holds itself", "kind: text\nbody: &a [*a]\n"],
    ["a mapping that holds itself", "kind: text\nbody: &a { x: *a }\n"],
    ["a file that holds itself", "&a\nkind: text\ntitle: Tittel\nx: *a\n"],
  ])("a YAML alias to %s is reported, quickly", (_, text) => {
    expectClean(run({ "reports/r/01-a.yaml": text }));
  });

  it.each([
    ["an empty value", "kind: text\ntitle:\n"],
    ["an empty list item", "kind: text\nthemes:\n  -\n"],
    ["a file with only `---`", "---\n"],
  ])("%s is located on a line and column of the file", (_, text) => {
    expectClean(run({ "reports/r/01-a.yaml": text }));
  });

  it("a question part whose id is the name of an object property (`constructor`) is modelled", () => {
    const r = run({
      "reports/r/01-a.yaml":
        "kind: questions\nparts: [{ id: constructor, name: Del }]\nitems:\n  - question: Hva?\n    answers: { constructor: [Svar] }\n",
    });
    expectClean(r);
  });

  it("a very long word (a pasted address or data) is hyphenated for print within the time bound", () => {
    expectClean(run({ "reports/r/01-a.md": `${"x".repeat(22_000)}\n` }));
  });

  it("a very long value where a block kind belongs is reported within the time bound", () => {
    expectClean(run({ "reports/r/01-a.yaml": `kind: ${"x".repeat(200_000)}\n` }));
  });

  it("(known) nested aliases that expand exponentially are stopped within the time bound", () => {
    expectClean(run({ "reports/r/01-a.yaml": `kind: text\n${laughs(9, 8)}\nbody: *l8\n` }));
  });

  it("(known) titles and ids that start with a digit give anchors that are CSS identifiers", () => {
    const r = run({
      "reports/r/01-a.yaml": "kind: text\ntitle: 2012-rapporten\nbody: Tekst.\n",
      "reports/r/02-b.yaml":
        "kind: questions\ntitle: 1.1 Spørsmål\nparts: [{ id: funn, name: Funn }]\nitems: [{ question: 3 spørsmål, answers: { funn: [Svar] } }]\n",
    });
    expect(r.reached).toContain("render");
    expectClean(r);
  });
});
