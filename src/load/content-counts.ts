/**
 * How much a check read: its reports, solutions and files (site.yaml,
 * themes.yaml, every report's and section's files, CSV tables, literature),
 * so a clean check can say what it checked instead of «0 problems in 0 files».
 */
import type { LoadedBlock, LoadedContent } from "./loaded.ts";

export interface ContentCounts {
  reports: number;
  solutions: number;
  files: number;
}

const blockFiles = (blocks: readonly LoadedBlock[]): number =>
  blocks.reduce((n, b) => n + 1 + (b.csv ? 1 : 0) + blockFiles(b.children ?? []), 0);

export function contentCounts(loaded: LoadedContent): ContentCounts {
  const own = (loaded.site ? 1 : 0) + (loaded.themes ? 1 : 0) + loaded.solutions.length;
  const reports = loaded.reports.reduce(
    (n, r) => n + 1 + blockFiles(r.blocks) + (r.bibliography?.files.length ?? 0),
    0,
  );
  return {
    reports: loaded.reports.length,
    solutions: loaded.solutions.length,
    files: own + reports + blockFiles(loaded.orphans),
  };
}
