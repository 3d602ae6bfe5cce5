/** The content tree after schema validation: typed values, each with the file it came from. */
import type { Bibliography } from "../load/bibliography.ts";
import type { SourceDoc } from "../load/source-doc.ts";
import type { CsvTable } from "../load/loaded.ts";
import type { Block } from "../schema/blocks/index.ts";
import type { Report } from "../schema/report.ts";
import type { Site } from "../schema/site.ts";
import type { Solution } from "../schema/solution.ts";
import type { Theme } from "../schema/themes.ts";

export interface ValidBlock {
  block: Block;
  doc: SourceDoc;
  children: ValidBlock[];
  /** A table block's rows from its CSV file (`data:`). */
  csv?: CsvTable;
}

/** A report as the checks see it: its report.yaml may have failed its schema, and its blocks are checked all the same. */
export interface CheckedReport {
  folder: string;
  dir: string;
  meta?: Report;
  metaDoc: SourceDoc;
  blocks: ValidBlock[];
  /** Image files in the report's folder. */
  media: string[];
  /** Its literature, when it has .bib or CSL-JSON files. */
  bibliography?: Bibliography;
  /** Blocks whose report.yaml or section file could not be read, checked on their own. */
  orphan?: boolean;
  /** report.yaml says «status: draft» (read before its schema is checked). */
  draft?: boolean;
}

export interface ValidReport extends CheckedReport {
  meta: Report;
}

/** A solution file as validated: its id is the file's name. */
export interface ValidSolution {
  id: string;
  solution: Solution;
  doc: SourceDoc;
}

export interface ValidContent {
  site: Site;
  /** content/themes.yaml's themes; none when the site has no themes file. */
  themes: Theme[];
  /** content/losninger/'s solutions, in file-name order. */
  solutions: ValidSolution[];
  reports: ValidReport[];
}

/** Every block of a report, sections' blocks included, in document order. */
export function* allBlocks(blocks: readonly ValidBlock[]): Generator<ValidBlock> {
  for (const b of blocks) {
    yield b;
    yield* allBlocks(b.children);
  }
}
