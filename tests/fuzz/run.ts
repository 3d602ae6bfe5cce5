/**
 * `npm run fuzz [-- <count>] [--seed <n>] [--family <name>] [--shrink-seconds <n>]`
 *
 * Runs <count> generated content folders (default 10,000) through the whole
 * pipeline and prints what it tried and what it found: cases per generator
 * family, how many reached each stage, every distinct failure (exceptions,
 * broken diagnostics, unsafe HTML, cases over the time bound) with a shrunk,
 * minimal reproducing case, and timings. Exits 1 when anything failed.
 * Replay one case with the printed seed and path: `--seed S --path P --count 1`.
 */
import { execSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import fc from "fast-check";
import { FAMILIES, familyCase, fuzzCase, type Family } from "./generators/index.ts";
import {
  runCase,
  showCase,
  STAGES,
  TIME_BOUND_MS,
  Workspace,
  type CaseResult,
  type Failure,
  type FuzzCase,
} from "./pipeline.ts";

interface Options {
  count: number;
  seed: number;
  family?: Family;
  shrinkSeconds: number;
  path?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { count: 10_000, seed: 20_250_612, shrinkSeconds: 60 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--seed") options.seed = Number(value());
    else if (arg === "--count") options.count = Number(value());
    else if (arg === "--shrink-seconds") options.shrinkSeconds = Number(value());
    else if (arg === "--path") options.path = value();
    else if (arg === "--family") {
      const f = value();
      if (!(FAMILIES as readonly string[]).includes(f)) throw new Error(`--family is one of ${FAMILIES.join(", ")}`);
      options.family = f as Family;
    } else if (/^\d+$/.test(arg)) options.count = Number(arg);
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.count) || options.count < 1) throw new Error("the count is a positive whole number");
  return options;
}

interface Seen {
  failure: Failure;
  count: number;
  /** The run (fast-check path) of its first occurrence. */
  first: number;
  families: Set<string>;
  shrunk?: { text: string; path: string; failure: Failure; ms: number };
}

const percent = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : "-");
const pad = (s: string | number, n: number) => String(s).padStart(n);

function commit(): string {
  try {
    const head = execSync("git rev-parse --short HEAD", {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    const dirty = execSync("git status --porcelain --untracked-files=no -- src", {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return dirty ? `${head} with uncommitted changes in src/` : head;
  } catch {
    return "unknown";
  }
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const arbitrary = options.family ? familyCase(options.family) : fuzzCase;
  const ws = new Workspace();
  const started = performance.now();
  const perFamily = new Map<
    string,
    { cases: number; reached: Record<string, number>; failing: number; over: number; slowest: number }
  >();
  const rules = new Map<string, number>();
  const seen = new Map<string, Seen>();
  let slowest = { ms: 0, family: "", run: -1 };
  let pipelineMs = 0;
  let run = 0;

  console.log(
    `samling fuzz: ${options.count} cases, seed ${options.seed}${options.family ? `, family ${options.family}` : ""}, time bound ${TIME_BOUND_MS} ms, at ${commit()}`,
  );
  // Warm up the parsers, zod and the hyphenation patterns, so the first case is not timed with them.
  runCase(fc.sample(fuzzCase, { seed: 1, numRuns: 1 })[0]!, ws);

  const record = (c: FuzzCase, r: CaseResult, index: number) => {
    const f = perFamily.get(c.family) ?? { cases: 0, reached: {}, failing: 0, over: 0, slowest: 0 };
    perFamily.set(c.family, f);
    f.cases++;
    for (const s of r.reached) f.reached[s] = (f.reached[s] ?? 0) + 1;
    if (r.failures.length) f.failing++;
    if (r.ms > TIME_BOUND_MS) f.over++;
    f.slowest = Math.max(f.slowest, r.ms);
    pipelineMs += r.ms;
    if (r.ms > slowest.ms) slowest = { ms: r.ms, family: c.family, run: index };
    for (const failure of r.failures) {
      const s = seen.get(failure.signature);
      if (s) (s.count++, s.families.add(c.family));
      else seen.set(failure.signature, { failure, count: 1, first: index, families: new Set([c.family]) });
    }
  };

  fc.check(
    fc.property(arbitrary, (c) => {
      const index = run++;
      const r = runCase(c, ws);
      record(c, r, index);
      for (const rule of r.rules) rules.set(rule, (rules.get(rule) ?? 0) + 1);
      if (run % 1000 === 0)
        process.stderr.write(
          `  ${run} cases, ${seen.size} distinct failures, ${Math.round((performance.now() - started) / 1000)} s\n`,
        );
      return true;
    }),
    { seed: options.seed, numRuns: options.count, ...(options.path && { path: options.path }) },
  );
  const runMs = performance.now() - started;

  // Shrink each distinct failure from its first occurrence, keeping the same failure.
  for (const [signature, s] of seen) {
    const shrinkStart = performance.now();
    let last: { r: CaseResult; c: FuzzCase } | undefined;
    const details = fc.check(
      fc.property(arbitrary, (c) => {
        const r = runCase(c, ws);
        // Time is noisy: a slow case shrinks while it stays slow (half the bound) for the same reason.
        const same =
          s.failure.kind === "timeout"
            ? r.ms > TIME_BOUND_MS / 2 && r.slowSignature === signature
            : r.failures.some((f) => f.signature === signature);
        if (same) {
          last = { r, c };
          return false;
        }
        return true;
      }),
      {
        seed: options.seed,
        path: String(s.first),
        interruptAfterTimeLimit: options.shrinkSeconds * 1000,
        markInterruptAsFailure: false,
      },
    );
    if (details.failed && details.counterexample && last) {
      const c = details.counterexample[0];
      const again = runCase(c, ws);
      const failure = again.failures.find((f) => f.signature === signature) ??
        last.r.failures.find((f) => f.signature === signature) ?? {
          ...s.failure,
          message: `took ${Math.round(again.ms)} ms once shrunk (over half the bound)`,
        };
      s.shrunk = {
        text: showCase(c, 4000),
        path: details.counterexamplePath ?? String(s.first),
        failure,
        ms: performance.now() - shrinkStart,
      };
    }
  }
  ws.dispose();

  /* ---------------------------------------------------------- the report */
  const total = [...perFamily.values()].reduce((n, f) => n + f.cases, 0);
  console.log("\nWhat it tried (cases per generator family, and how far they got):\n");
  console.log(
    `  ${"family".padEnd(11)} ${pad("cases", 6)} ${STAGES.map((s) => pad(s, 15)).join(" ")} ${pad("failing", 8)} ${pad("over bound", 10)} ${pad("slowest", 9)}`,
  );
  const totals = { cases: 0, reached: {} as Record<string, number>, failing: 0, over: 0, slowest: 0 };
  for (const family of [
    ...FAMILIES,
    ...[...perFamily.keys()].filter((f) => !(FAMILIES as readonly string[]).includes(f)),
  ]) {
    const f = perFamily.get(family);
    if (!f) continue;
    totals.cases += f.cases;
    totals.failing += f.failing;
    totals.over += f.over;
    totals.slowest = Math.max(totals.slowest, f.slowest);
    for (const s of STAGES) totals.reached[s] = (totals.reached[s] ?? 0) + (f.reached[s] ?? 0);
    const stages = STAGES.map((s) => pad(`${f.reached[s] ?? 0} (${percent(f.reached[s] ?? 0, f.cases)})`, 15)).join(
      " ",
    );
    console.log(
      `  ${family.padEnd(11)} ${pad(f.cases, 6)} ${stages} ${pad(f.failing, 8)} ${pad(f.over, 10)} ${pad(`${Math.round(f.slowest)} ms`, 9)}`,
    );
  }
  const stages = STAGES.map((s) =>
    pad(`${totals.reached[s] ?? 0} (${percent(totals.reached[s] ?? 0, totals.cases)})`, 15),
  ).join(" ");
  console.log(
    `  ${"all".padEnd(11)} ${pad(totals.cases, 6)} ${stages} ${pad(totals.failing, 8)} ${pad(totals.over, 10)} ${pad(`${Math.round(totals.slowest)} ms`, 9)}`,
  );
  console.log("  (a stage is reached when it ran to its end; model and render run only for content without errors)");
  const top = [...rules].sort((a, b) => b[1] - a[1]);
  console.log(`\n  rules reported (cases): ${top.map(([r, k]) => `${r} ${k}`).join(", ")}`);

  const byKind = (kind: Failure["kind"]) => [...seen.values()].filter((s) => s.failure.kind === kind);
  const exceptions = byKind("exception");
  console.log("\nWhat it found:\n");
  console.log(
    `  exceptions:           ${exceptions.reduce((n, s) => n + s.count, 0)} in ${exceptions.length} distinct places (0 expected)`,
  );
  console.log(`  cases over ${TIME_BOUND_MS} ms:   ${totals.over}`);
  console.log(`  broken diagnostics:   ${byKind("diagnostic").reduce((n, s) => n + s.count, 0)}`);
  console.log(`  unsafe HTML:          ${byKind("html").reduce((n, s) => n + s.count, 0)}`);
  console.log(`  content run as code:  ${byKind("executed").reduce((n, s) => n + s.count, 0)}`);
  console.log(
    `  slowest case:         ${Math.round(slowest.ms)} ms (${slowest.family}, run ${slowest.run}: --seed ${options.seed} --path ${slowest.run} --count 1)`,
  );
  console.log(
    `  total time:           ${(runMs / 1000).toFixed(1)} s for ${total} cases (${(pipelineMs / 1000).toFixed(1)} s in the pipeline, ${(total ? pipelineMs / total : 0).toFixed(1)} ms a case), ${((performance.now() - started - runMs) / 1000).toFixed(1)} s shrinking`,
  );

  let n = 0;
  for (const [signature, s] of [...seen].sort((a, b) => b[1].count - a[1].count)) {
    const f = s.shrunk?.failure ?? s.failure;
    console.log(`\n[${++n}] ${signature}`);
    console.log(
      `    ${s.count} cases (${[...s.families].join(", ")}); first at run ${s.first}: --seed ${options.seed} --path ${s.first} --count 1`,
    );
    console.log(`    ${f.message}`);
    if (f.srcFrame) console.log(`    from ${f.srcFrame}`);
    if (f.stackTop) console.log(f.stackTop.replace(/^/gm, "      "));
    if (s.shrunk) {
      console.log(`    shrunk in ${(s.shrunk.ms / 1000).toFixed(1)} s (path ${s.shrunk.path}) to:`);
      console.log(s.shrunk.text.replace(/^/gm, "      "));
    } else console.log("    (not shrunk: it did not fail again in the time given)");
  }
  process.exitCode = seen.size ? 1 : 0;
}

main();
