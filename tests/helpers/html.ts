/** Small readers for built HTML, for assertions that do not need a browser. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".html"))
    .sort();

export const read = (dir: string, file: string): string => readFileSync(join(dir, file), "utf8");

/** Heading levels in document order. */
export const headingLevels = (html: string): number[] => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

/** Levels may go up any amount but down only one at a time, starting at 1. */
export function skippedHeadings(levels: number[]): string[] {
  const problems: string[] = [];
  if (levels[0] !== 1) problems.push(`first heading is h${levels[0]}`);
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]! > levels[i - 1]! + 1) problems.push(`h${levels[i - 1]} → h${levels[i]} at heading ${i + 1}`);
  }
  return problems;
}

export const ids = (html: string): string[] => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

/** Every directory and file below `dir` with its bytes, for comparing two builds. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name))]),
  );
}
