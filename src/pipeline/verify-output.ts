/**
 * What others wrote, checked before it is published. Eleventy, Pagefind (a
 * binary) and Chromium write their files themselves, and a full disk or a
 * failing one can leave a file empty or short while the writer reports
 * success. So before the finished folder is swapped in, every file the build
 * was promised is looked at: each page Eleventy wrote has the size of what it
 * rendered; Pagefind's entry reads and names files that are there; no search
 * file is empty; each PDF opens with its page count; each image has the size
 * it was made with. Any difference stops the build, naming the file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { PDFDocument } from "pdf-lib";

/** A file the build expects, and what it must be. */
export type Promised =
  | { kind: "file"; path: string; bytes: number }
  | { kind: "pdf"; path: string; pages: number }
  | { kind: "search"; dir: string };

export interface OutputProblem {
  /** The file, relative to the folder checked. */
  file: string;
  what: "missing" | "empty" | "size" | "pages" | "unreadable";
  /** The size or page count it should have had, and what it had. */
  expected?: number;
  found?: number;
}

const sizeOf = (path: string): number | undefined => (existsSync(path) ? statSync(path).size : undefined);

function checkFile(dir: string, p: { path: string; bytes: number }, out: OutputProblem[]): void {
  const file = relative(dir, p.path);
  const size = sizeOf(p.path);
  if (size === undefined) out.push({ file, what: "missing" });
  else if (size !== p.bytes) out.push({ file, what: size === 0 ? "empty" : "size", expected: p.bytes, found: size });
}

async function checkPdf(dir: string, p: { path: string; pages: number }, out: OutputProblem[]): Promise<void> {
  const file = relative(dir, p.path);
  if (!existsSync(p.path)) return void out.push({ file, what: "missing" });
  try {
    const pages = (await PDFDocument.load(readFileSync(p.path), { updateMetadata: false })).getPageCount();
    if (pages !== p.pages) out.push({ file, what: "pages", expected: p.pages, found: pages });
  } catch {
    out.push({ file, what: "unreadable" });
  }
}

/** Pagefind's promise: its entry file reads, the files it names for each language are there, and no file is empty. */
function checkSearch(dir: string, searchDir: string, out: OutputProblem[]): void {
  const at = (name: string) => join(searchDir, name);
  const must = ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json"];
  try {
    const entry = JSON.parse(readFileSync(at("pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { hash: string; wasm?: string }>;
    };
    for (const language of Object.values(entry.languages)) {
      must.push(`pagefind.${language.hash}.pf_meta`);
      if (language.wasm) must.push(`wasm.${language.wasm}.pagefind`);
    }
  } catch {
    if (existsSync(at("pagefind-entry.json")))
      out.push({ file: relative(dir, at("pagefind-entry.json")), what: "unreadable" });
  }
  for (const name of must) if (!existsSync(at(name))) out.push({ file: relative(dir, at(name)), what: "missing" });
  if (!existsSync(searchDir)) return;
  for (const entry of readdirSync(searchDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (statSync(path).size === 0) out.push({ file: relative(dir, path), what: "empty" });
  }
}

/** Every problem with what `dir` was promised to hold; none when all is there as it should be. */
export async function verifyOutput(dir: string, promised: readonly Promised[]): Promise<OutputProblem[]> {
  const out: OutputProblem[] = [];
  for (const p of promised) {
    if (p.kind === "file") checkFile(dir, p, out);
    else if (p.kind === "pdf") await checkPdf(dir, p, out);
    else checkSearch(dir, p.dir, out);
  }
  return out;
}

/** The build's failure when the output is not whole: its problems, for the build to say in the writer's words. */
export class OutputIncomplete extends Error {
  constructor(readonly problems: OutputProblem[]) {
    super(`output incomplete: ${problems.map((p) => `${p.file} ${p.what}`).join(", ")}`);
  }
}
