/**
 * Runs one fuzz case through the whole pipeline — the real loader on a
 * temporary content folder, validation, the model, and the render filters on
 * every text of the model — and checks what must hold for any input:
 *
 * - no exception escapes any stage;
 * - every diagnostic has a file, a known rule id, a severity, a position that
 *   is inside its file (line ≥ 1, or 0 with column 0 for file-level ones), and
 *   params that format in every message language without throwing and without
 *   "undefined" or "[object Object]" in the text;
 * - rendered HTML carries no script, event handler or script-bearing link;
 * - the anchors of a report page are unique and usable as CSS selectors;
 * - content is never run as code;
 * - the case finishes within TIME_BOUND_MS.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent } from "../../src/load/load-content.ts";
import type { LoadedContent } from "../../src/load/loaded.ts";
import { displayPath } from "../../src/shared/display-path.ts";
import { modelSite } from "../../src/model/model-site.ts";
import { allItems } from "../../src/model/items.ts";
import type { BlockModel, ReportModel, SiteModel } from "../../src/model/types.ts";
import { filters } from "../../src/render/filters.ts";
import type { Diagnostic } from "../../src/shared/diagnostic.ts";
import { formatGithub, formatJson } from "../../src/validate/format-machine.ts";
import { formatDiagnostic, formatReport } from "../../src/validate/format-report.ts";
import { catalogues, type MessageLang } from "../../src/validate/messages/index.ts";
import { RULES } from "../../src/shared/rules-catalogue.ts";
import { validateContent } from "../../src/validate/validate-content.ts";

/** A case slower than this fails. */
export const TIME_BOUND_MS = 2000;

export const STAGES = ["load", "validate", "model", "render"] as const;
export type Stage = (typeof STAGES)[number];

export interface FuzzFile {
  /** Relative to the content folder, with forward slashes; a trailing slash makes a folder. */
  path: string;
  data: string | Uint8Array;
}

export interface FuzzCase {
  family: string;
  files: FuzzFile[];
  /** Build drafts into the model too (as `serve` does), so more cases reach it. */
  drafts: boolean;
}

export interface Failure {
  kind: "exception" | "timeout" | "diagnostic" | "html" | "anchor" | "executed";
  /** Groups failures that are one bug: the error and where in src/ it was thrown, or the broken property. */
  signature: string;
  message: string;
  stage?: Stage;
  /** The first stack frames, and the first one in src/. */
  stackTop?: string;
  srcFrame?: string;
}

export interface CaseResult {
  family: string;
  /** Stages that ran to the end. */
  reached: Stage[];
  ms: number;
  /** Time spent in each stage. */
  stageMs: Partial<Record<Stage, number>>;
  diagnostics: number;
  /** What a timeout of this case would be filed under (see runCase). */
  slowSignature?: string;
  /** The rule ids reported, each once. */
  rules: string[];
  failures: Failure[];
}

const KNOWN_RULES = new Set(Object.keys(RULES));
const LANGS = Object.keys(catalogues) as MessageLang[];
export const CANARY = "__samlingFuzzCanary";

/** A scratch content folder, emptied before each case. */
export class Workspace {
  readonly root = mkdtempSync(join(tmpdir(), "samling-fuzz-"));
  readonly content = join(this.root, "content");

  write(files: readonly FuzzFile[]): void {
    rmSync(this.content, { recursive: true, force: true });
    mkdirSync(this.content, { recursive: true });
    for (const f of files) {
      const abs = join(this.content, f.path);
      if (f.path.endsWith("/")) {
        mkdirSync(abs, { recursive: true });
        continue;
      }
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, f.data);
    }
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

const srcFrameOf = (stack: string): string | undefined =>
  stack
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.startsWith("at ") && l.includes("/src/"))
    ?.replace(/\(?(?:file:\/\/)?[^ (]*\/(src\/[^)]+)\)?/, "($1)");

export function describeError(error: unknown, stage: Stage): Failure {
  const e = error instanceof Error ? error : new Error(String(error));
  const stack = e.stack ?? "";
  const frames = stack.split("\n").filter((l) => l.trim().startsWith("at "));
  const srcFrame = srcFrameOf(stack);
  const head = `${e.name}: ${e.message.split("\n")[0]!.slice(0, 160)}`;
  // Messages quote the input; the error's type and where in src/ it was thrown identify the bug.
  // A stack overflow is thrown from whichever frame of the recursion was deepest: name the file only.
  const place = srcFrame?.replace(/^at /, "").replace(/:\d+:\d+\)$/, ")") ?? frames[0]?.trim() ?? "?";
  const overflow = e instanceof RangeError && /call stack/.test(e.message);
  return {
    kind: "exception",
    signature: overflow
      ? `exception RangeError (stack overflow) in ${stage} in ${/\((src\/[^)]+)\)/.exec(place)?.[1] ?? place}`
      : `exception ${e.name} in ${stage} at ${place}`,
    message: head,
    stage,
    stackTop: frames
      .slice(0, 4)
      .map((l) => l.trim())
      .join("\n"),
    ...(srcFrame && { srcFrame }),
  };
}

/* ---------------------------------------------------------- diagnostics */

/** Text as the loader sees it: the same decoding and line-ending normalisation as readText. */
function loadedText(data: string | Uint8Array): string | undefined {
  try {
    const text = typeof data === "string" ? data : new TextDecoder("utf-8", { fatal: true }).decode(data);
    return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  } catch {
    return undefined;
  }
}

const SUSPICIOUS = ["undefined", "[object Object]", "NaN"];

function checkDiagnostic(d: Diagnostic, texts: Map<string, string | undefined>): string[] {
  const bad: string[] = [];
  const where = `${d.rule} at ${d.file}:${d.line}:${d.column}`;
  if (typeof d.file !== "string" || d.file === "") bad.push(`diagnostic without a file: ${where}`);
  else if (!existsSync(resolve(d.file))) bad.push(`diagnostic names a file that does not exist: ${where}`);
  if (!KNOWN_RULES.has(d.rule)) bad.push(`unknown rule id "${d.rule}"`);
  if (d.severity !== "error" && d.severity !== "warning")
    bad.push(`unknown severity "${String(d.severity)}": ${where}`);
  if (!Number.isInteger(d.line) || !Number.isInteger(d.column) || d.line < 0 || d.column < 0)
    bad.push(`position is not a line and column: ${where}`);
  else if (d.line === 0 && d.column !== 0) bad.push(`file-level diagnostic with a column: ${where}`);
  else if (d.line > 0 && d.column < 1) bad.push(`column 0 on a line: ${where}`);
  else if (d.line > 0) {
    const text = texts.get(d.file);
    if (text !== undefined) {
      const lines = text.split("\n");
      const line = lines[d.line - 1];
      if (line === undefined) bad.push(`line ${d.line} is past the end of the file (${lines.length} lines): ${where}`);
      else if (d.column > line.length + 1)
        bad.push(`column ${d.column} is past the end of line ${d.line} (${line.length} characters): ${where}`);
    }
  }
  if (!d.params || typeof d.params !== "object") bad.push(`params missing: ${where}`);
  else {
    for (const [k, v] of Object.entries(d.params)) {
      if (typeof v !== "string" && typeof v !== "number") bad.push(`param ${k} is ${typeof v}: ${where}`);
    }
  }
  const paramText = JSON.stringify(d.params ?? {});
  for (const lang of LANGS) {
    let text: string;
    try {
      text = formatDiagnostic(d, lang);
    } catch (error) {
      bad.push(`formatting in ${lang} threw ${String(error)}: ${where}`);
      continue;
    }
    for (const s of SUSPICIOUS)
      if (text.includes(s) && !paramText.includes(s) && !(d.frame ?? "").includes(s))
        bad.push(`message in ${lang} says "${s}": ${where}: ${text.split("\n")[0]}`);
  }
  return bad;
}

function checkDiagnostics(list: readonly Diagnostic[], texts: Map<string, string | undefined>): Failure[] {
  const failures: Failure[] = [];
  for (const d of list) {
    for (const message of checkDiagnostic(d, texts)) {
      failures.push({
        kind: "diagnostic",
        signature: `diagnostic ${d.rule}: ${message.replace(/:.*$/, "").replace(/\d+/g, "N")}`,
        message,
      });
    }
  }
  for (const lang of LANGS) {
    try {
      formatReport(list, lang);
      formatJson(list, lang);
      formatGithub(list, lang);
    } catch (error) {
      failures.push({ ...describeError(error, "validate"), signature: `report formatting threw in ${lang}` });
    }
  }
  return failures;
}

/* --------------------------------------------------------------- render */

const UNSAFE_HTML: Array<[RegExp, string]> = [
  [/<script[\s>]/i, "a <script> element"],
  [/<(?:iframe|object|embed|style|form|base|meta|link)[\s>/]/i, "an active element"],
  [/<[a-z][^<>]*\son[a-z]+\s*=/i, "an event handler attribute"],
  [/\s(?:href|src|xlink:href|action)\s*=\s*["']?\s*(?:javascript|vbscript|data|file):/i, "a script-bearing link"],
];

function unsafeHtml(html: string): string | undefined {
  for (const [re, what] of UNSAFE_HTML) if (re.test(html)) return what;
  return undefined;
}

/** Every string in the model, each once. */
function modelTexts(model: SiteModel): Set<string> {
  const texts = new Set<string>();
  const seen = new Set<object>();
  const walk = (v: unknown) => {
    if (typeof v === "string") texts.add(v);
    else if (v && typeof v === "object" && !seen.has(v)) {
      seen.add(v);
      for (const x of Object.values(v)) walk(x);
    }
  };
  walk(model);
  return texts;
}

function* blocksOf(blocks: readonly BlockModel[]): Generator<BlockModel> {
  for (const b of blocks) {
    yield b;
    yield* blocksOf(b.children);
  }
}

/** Anchors of one report page: its blocks', questions' and items'. Each must be unique and usable as a CSS selector (#id). */
function checkAnchors(report: ReportModel): Failure[] {
  const failures: Failure[] = [];
  const seen = new Set(["main", "innhold", "toc", "top"]);
  const check = (anchor: string, what: string) => {
    if (!/^\p{L}[\p{L}\p{N}_-]*$/u.test(anchor)) {
      failures.push({
        kind: "anchor",
        signature: `anchor: ${what} anchor that is not a CSS identifier${/^\d/.test(anchor) ? " (starts with a digit)" : ""}`,
        message: `${what} anchor ${JSON.stringify(anchor)} in report ${report.id}`,
      });
    }
    if (seen.has(anchor))
      failures.push({
        kind: "anchor",
        signature: `anchor: ${what} anchor used twice on a page`,
        message: `${what} anchor ${JSON.stringify(anchor)} is taken in report ${report.id}`,
      });
    seen.add(anchor);
  };
  for (const b of blocksOf(report.blocks)) {
    check(b.anchor, "block");
    for (const a of b.kind === "questions" ? b.itemAnchors : []) check(a, "question");
    for (const item of allItems(b.lists)) if (item.anchor !== b.anchor) check(item.anchor, "item");
  }
  return failures;
}

/** The filters the templates apply: Markdown on every text, then each report's page-level outputs. */
export function render(model: SiteModel): Failure[] {
  const failures: Failure[] = [];
  for (const report of model.reports) failures.push(...checkAnchors(report));
  const html = (what: string, out: string, input: string) => {
    const found = unsafeHtml(out);
    if (found)
      failures.push({
        kind: "html",
        signature: `html: ${what} output has ${found}`,
        message: `${what}(${JSON.stringify(input.slice(0, 200))}) → ${out.slice(0, 300)}`,
      });
  };
  for (const text of modelTexts(model)) {
    html("md", filters.md(text, 2), text);
    html("inline", filters.inline(text), text);
    filters.plain(text);
  }
  for (const report of model.reports) {
    const pieces: string[] = [];
    for (const b of blocksOf(report.blocks)) {
      if (b.heading) pieces.push(filters.inline(b.heading));
      if ("chart" in b && b.chart) pieces.push(filters.barChart(b.chart));
      // Plain text, which the templates escape: run, not checked as HTML.
      if (b.kind === "programme") for (const item of b.items) filters.speakers(item.speakers, report.ui);
      if (b.kind === "working-group")
        for (const o of b.organisations) for (const m of o.members ?? []) filters.person(m, report.ui);
      for (const field of ["intro", "outro", "body", "text"] as const) {
        const value = (b as unknown as Record<string, unknown>)[field];
        if (typeof value === "string") pieces.push(filters.md(value, b.sublevel + 1));
      }
    }
    for (const piece of pieces) html("block", piece, "");
    if (report.date) filters.dateRange(report.date, report.endDate, report.lang);
    html("themeTags", filters.themeTags(report.themes, model.pathPrefix, report.ui, model.solutions[0]), "");
    // The print layout hyphenates the report's whole body.
    html("hyphenate", filters.hyphenate(pieces.join("\n"), report.lang), "");
    filters.jsonLd(report, model.site);
    filters.reportJson(report, model);
    filters.absoluteUrl(model.siteUrl, report.url);
  }
  filters.archiveJson(model);
  return failures;
}

/* ----------------------------------------------------------------- case */

/** Runs one case in `ws`; never throws. */
export function runCase(c: FuzzCase, ws: Workspace): CaseResult {
  ws.write(c.files);
  const texts = new Map<string, string | undefined>();
  for (const f of c.files)
    if (!f.path.endsWith("/")) texts.set(displayPath(join(ws.content, f.path)), loadedText(f.data));
  const result: CaseResult = {
    family: c.family,
    reached: [],
    ms: 0,
    stageMs: {},
    diagnostics: 0,
    rules: [],
    failures: [],
  };
  delete (globalThis as Record<string, unknown>)[CANARY];

  let stage: Stage = "load";
  // Only the pipeline is timed, not the checks on its output.
  const timed = <T>(run: () => T): T => {
    const start = performance.now();
    try {
      return run();
    } finally {
      const ms = performance.now() - start;
      result.ms += ms;
      result.stageMs[stage] = (result.stageMs[stage] ?? 0) + ms;
    }
  };
  try {
    const loaded: LoadedContent = timed(() => loadContent(ws.content));
    result.reached.push("load");
    stage = "validate";
    const validated = timed(() => validateContent(loaded));
    result.reached.push("validate");
    result.diagnostics = validated.diagnostics.length;
    result.rules = [...new Set(validated.diagnostics.map((d) => d.rule))];
    result.failures.push(...checkDiagnostics(validated.diagnostics, texts));
    const content = validated.content;
    if (content) {
      stage = "model";
      const model = timed(() => modelSite(content, { drafts: c.drafts, preview: c.drafts }));
      result.reached.push("model");
      stage = "render";
      result.failures.push(...timed(() => render(model)));
      result.reached.push("render");
    }
  } catch (error) {
    result.failures.push(describeError(error, stage));
  }
  if ((globalThis as Record<string, unknown>)[CANARY] !== undefined) {
    result.failures.push({
      kind: "executed",
      signature: "content was run as code",
      message: String((globalThis as Record<string, unknown>)[CANARY]),
    });
  }
  const slowest =
    (Object.entries(result.stageMs) as Array<[Stage, number]>).sort((a, b) => b[1] - a[1])[0]?.[0] ?? stage;
  const thrown = result.failures.find((f) => f.kind === "exception");
  result.slowSignature = `over ${TIME_BOUND_MS} ms, mostly in ${slowest}${thrown ? `, then ${thrown.signature}` : ""}`;
  if (result.ms > TIME_BOUND_MS) {
    const spent = Object.entries(result.stageMs)
      .map(([s, ms]) => `${s} ${Math.round(ms)} ms`)
      .join(", ");
    result.failures.push({
      kind: "timeout",
      signature: result.slowSignature,
      message: `took ${Math.round(result.ms)} ms (${spent}), the bound is ${TIME_BOUND_MS} ms`,
      stage: slowest,
    });
  }
  return result;
}

/** A case as text to read and to paste into a test: every file, long ones cut. */
export function showCase(c: FuzzCase, max = 1500): string {
  const parts = [`family: ${c.family}, drafts: ${c.drafts}`];
  for (const f of c.files) {
    const bytes = typeof f.data === "string" ? undefined : f.data;
    const text =
      typeof f.data === "string"
        ? f.data
        : (loadedText(f.data) ?? `<not UTF-8> ${Buffer.from(f.data.slice(0, 400)).toString("hex")}`);
    const shown = text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
    parts.push(`--- ${f.path}${bytes ? ` (${bytes.length} bytes)` : ""}\n${JSON.stringify(shown)}`);
  }
  return parts.join("\n");
}
