/**
 * What loading gives the stages after it: the content folder's files read and
 * parsed, each with its source for located problems, nothing yet validated.
 * Types only, so every load module and every later stage can name them
 * without importing the code that reads files.
 */
import type { Diagnostic, Position } from "../shared/diagnostic.ts";
import type { Bibliography } from "./bibliography.ts";
import type { SourceDoc } from "./source-doc.ts";

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  /** The cells, trimmed. */
  cells: string[];
  /** Where each cell starts. */
  positions: Position[];
}

export interface CsvTable {
  /** The CSV file as a document, for located problems with a code frame. */
  doc: SourceDoc;
  records: CsvRecord[];
}

export interface LoadedBlock {
  doc: SourceDoc;
  /** For a section (a sub-folder): its blocks. */
  children?: LoadedBlock[];
  /** For a table block with `data: file.csv`: the CSV file's rows. */
  csv?: CsvTable;
}

export interface LoadedReport {
  /** Folder name: the report's default id and address. */
  folder: string;
  /** Display path of the folder. */
  dir: string;
  meta: SourceDoc;
  blocks: LoadedBlock[];
  /** Image files in the report's folder (beside its files, or in a folder of images such as bilder/): display paths. */
  media: string[];
  /** Its literature, from the .bib and CSL-JSON files in its folder. */
  bibliography?: Bibliography;
}

export interface LoadedContent {
  site?: SourceDoc;
  /** content/themes.yaml, when the site has one. */
  themes?: SourceDoc;
  /** content/losninger/<id>.yaml: the solutions, in file-name order. */
  solutions: SourceDoc[];
  reports: LoadedReport[];
  /** Blocks of a report or section whose report.yaml or index file is missing or unreadable: still checked, never built. */
  orphans: LoadedBlock[];
  diagnostics: Diagnostic[];
}

/** One report folder as loaded: the report (when its report.yaml could be read), blocks that could not be placed, and the problems. */
export interface LoadedFolder {
  folder: string;
  report?: LoadedReport;
  orphans: LoadedBlock[];
  diagnostics: Diagnostic[];
}

/** The site's own files: site.yaml and, when there are any, themes.yaml and the solutions. */
export interface LoadedSiteFiles {
  site?: SourceDoc;
  themes?: SourceDoc;
  solutions: SourceDoc[];
  diagnostics: Diagnostic[];
  /** The content folder itself is not there: nothing else to look for. */
  noContentDir?: true;
}
