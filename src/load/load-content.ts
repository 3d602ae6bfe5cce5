/**
 * Walks content/: site.yaml, themes.yaml (optional), the solutions in losninger/ (optional, one
 * .yaml file each), and one folder per report under reports/.
 * In a report folder, report.yaml describes the report and every other
 * .yaml/.yml/.md file is a block, in file-name order (prefix with 01-, 02- …).
 * A sub-folder is a section: its index.yaml/index.md describes it and its
 * files are the section's blocks. A .csv file is read when a table block
 * beside it names it (`data: tabell.csv`; see table-data.ts); .bib and CSL-JSON files are the
 * report's literature (bibliography.ts). Nothing here validates meaning; it only
 * reads and parses, collecting problems as it goes.
 */
import { existsSync, readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { diagnostic, type Diagnostic } from "../shared/diagnostic.ts";
import { displayPath } from "../shared/display-path.ts";
import { parseMarkdownFile, parseYamlFile, type ParseResult } from "./parse-file.ts";
import { readText } from "./read-text.ts";
import type { SourceDoc } from "./source-doc.ts";
import { attachCsvFiles, CSV_FILE } from "./table-data.ts";
import type { LoadedBlock, LoadedContent, LoadedFolder, LoadedReport, LoadedSiteFiles } from "./loaded.ts";
import { beginLoad, cachedParse } from "./parse-cache.ts";
import { cacheDamageWarning } from "../shared/cache-damage.ts";
import { ParseStore } from "./parse-store.ts";
import { BIBLIOGRAPHY_FILE, loadBibliography } from "./bibliography.ts";

const CONTENT_FILE = /\.(ya?ml|md)$/i;
const IGNORED = /^(\.|_|README)/; // dotfiles, drafts-by-convention, notes to editors
const INDEX_FILE = /^index\.(ya?ml|md)$/i;
const REPORT_FILE = /^report\.ya?ml$/i;
/** Images a report may show; any other file beside the content is not used. */
export const IMAGE_FILE = /\.(jpe?g|png|webp|gif|avif|tiff?|svg)$/i;

function loadFile(abs: string, problems: Diagnostic[]): SourceDoc | undefined {
  const file = displayPath(abs);
  const read = readText(abs, file);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  const parsed: ParseResult = cachedParse(abs, file, read.text, () =>
    /\.md$/i.test(abs) ? parseMarkdownFile(file, read.text) : parseYamlFile(file, read.text),
  );
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return undefined;
  }
  return parsed.doc;
}

/** A folder's entries in name order, without the ignored ones; file types come with the listing. */
const sortedEntries = (dir: string): Dirent[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => !IGNORED.test(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

interface Sink {
  problems: Diagnostic[];
  orphans: LoadedBlock[];
  /** The current report's image files. */
  media: string[];
  /** The current report's bibliography files. */
  bibliography: Array<{ abs: string; file: string }>;
}

/** A folder with no content file in it, at any depth, holds the report's images (bilder/), not a section. */
const holdsContent = (dir: string): boolean =>
  sortedEntries(dir).some((e) => (e.isDirectory() ? holdsContent(join(dir, e.name)) : CONTENT_FILE.test(e.name)));

function loadMediaFolder(dir: string, sink: Sink): void {
  for (const entry of sortedEntries(dir)) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) loadMediaFolder(abs, sink);
    else if (IMAGE_FILE.test(entry.name)) sink.media.push(displayPath(abs));
    else
      sink.problems.push(
        diagnostic(displayPath(abs), undefined, "content/unknown-file", { name: entry.name }, "warning"),
      );
  }
}

function loadBlocks(dir: string, sink: Sink): LoadedBlock[] {
  const blocks: LoadedBlock[] = [];
  const csvNames: string[] = [];
  for (const entry of sortedEntries(dir)) {
    const { name } = entry;
    const abs = join(dir, name);
    if (entry.isDirectory() && !holdsContent(abs)) {
      loadMediaFolder(abs, sink);
    } else if (entry.isDirectory()) {
      const section = loadSection(abs, sink);
      if (section) blocks.push(section);
    } else if (REPORT_FILE.test(name) || INDEX_FILE.test(name)) {
      continue; // read by the caller
    } else if (CONTENT_FILE.test(name)) {
      const doc = loadFile(abs, sink.problems);
      if (doc) blocks.push({ doc });
    } else if (IMAGE_FILE.test(name)) {
      sink.media.push(displayPath(abs));
    } else if (CSV_FILE.test(name)) {
      csvNames.push(name); // read below when a table block names it
    } else if (BIBLIOGRAPHY_FILE.test(name)) {
      sink.bibliography.push({ abs, file: displayPath(abs) });
    } else {
      sink.problems.push(diagnostic(displayPath(abs), undefined, "content/unknown-file", { name }, "warning"));
    }
  }
  attachCsvFiles(dir, blocks, csvNames, sink.problems, displayPath);
  return blocks;
}

/**
 * A report folder or a section folder: the file that describes it (report.yaml,
 * index.yaml) and its blocks. The blocks are read even when the description is
 * missing or broken, and then handed on as orphans, so their problems are reported too.
 */
function loadFolder(
  dir: string,
  describedBy: RegExp,
  missing: "content/no-report-file" | "content/no-section-file",
  sink: Sink,
): { doc: SourceDoc; blocks: LoadedBlock[] } | undefined {
  const name = sortedEntries(dir).find((e) => e.isFile() && describedBy.test(e.name))?.name;
  const blocks = loadBlocks(dir, sink);
  if (!name) sink.problems.push(diagnostic(displayPath(dir), undefined, missing));
  const doc = name ? loadFile(join(dir, name), sink.problems) : undefined;
  if (!doc) sink.orphans.push(...blocks);
  return doc && { doc, blocks };
}

function loadSection(dir: string, sink: Sink): LoadedBlock | undefined {
  const section = loadFolder(dir, INDEX_FILE, "content/no-section-file", sink);
  return section && { doc: section.doc, children: section.blocks };
}

function loadReport(dir: string, folder: string, sink: Sink): LoadedReport | undefined {
  const media: string[] = [];
  const files: Sink["bibliography"] = [];
  const report = loadFolder(dir, REPORT_FILE, "content/no-report-file", { ...sink, media, bibliography: files });
  const bibliography = loadBibliography(files, sink.problems);
  return (
    report && {
      folder,
      dir: displayPath(dir),
      meta: report.doc,
      blocks: report.blocks,
      media,
      ...(bibliography && { bibliography }),
    }
  );
}

/** content/reports/<folder>: loaded on its own, so `serve` reads again only the folder that changed. */
export function loadReportFolder(contentDir: string, folder: string): LoadedFolder {
  const diagnostics: Diagnostic[] = [];
  const orphans: LoadedBlock[] = [];
  const report = loadReport(join(contentDir, "reports", folder), folder, {
    problems: diagnostics,
    orphans,
    media: [],
    bibliography: [],
  });
  return { folder, ...(report && { report }), orphans, diagnostics };
}

export function loadSiteFiles(contentDir: string): LoadedSiteFiles {
  const diagnostics: Diagnostic[] = [];
  const loaded: LoadedSiteFiles = { diagnostics, solutions: [] };
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    diagnostics.push(
      diagnostic(displayPath(contentDir) || ".", undefined, "file/missing", { what: displayPath(contentDir) + "/" }),
    );
    return { ...loaded, noContentDir: true };
  }
  const siteFile = join(contentDir, "site.yaml");
  if (existsSync(siteFile)) {
    const site = loadFile(siteFile, diagnostics);
    if (site) loaded.site = site;
  } else
    diagnostics.push(diagnostic(displayPath(siteFile), undefined, "file/missing", { what: displayPath(siteFile) }));
  const themesFile = join(contentDir, "themes.yaml");
  if (existsSync(themesFile)) {
    const themes = loadFile(themesFile, diagnostics);
    if (themes) loaded.themes = themes;
  }
  loaded.solutions = loadSolutionFiles(join(contentDir, SOLUTIONS_DIR), diagnostics);
  return loaded;
}

/** The folder of solutions under content/, and the address of their pages. */
export const SOLUTIONS_DIR = "losninger";
const YAML_FILE = /\.ya?ml$/i;

/** Each solution is a YAML file named by its id; anything else in the folder is named as unused. */
function loadSolutionFiles(dir: string, problems: Diagnostic[]): SourceDoc[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const docs: SourceDoc[] = [];
  for (const entry of sortedEntries(dir)) {
    const abs = join(dir, entry.name);
    if (entry.isFile() && YAML_FILE.test(entry.name)) {
      const doc = loadFile(abs, problems);
      if (doc) docs.push(doc);
    } else
      problems.push(
        diagnostic(displayPath(abs), undefined, "content/unknown-file", { name: entry.name, solutions: 1 }, "warning"),
      );
  }
  return docs;
}

/**
 * The report folders under content/reports/, in name order. A new site has none yet, and builds;
 * a content folder without reports/ at all is a problem (a wrong --content, most often).
 */
export function listReportFolders(contentDir: string): { folders: string[]; diagnostics: Diagnostic[] } {
  const reportsDir = join(contentDir, "reports");
  if (!existsSync(reportsDir))
    return {
      folders: [],
      diagnostics: [
        diagnostic(displayPath(reportsDir), undefined, "content/no-reports", { dir: displayPath(reportsDir) }),
      ],
    };
  const folders = sortedEntries(reportsDir)
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  return { folders, diagnostics: [] };
}

/** The loaded parts, put together as one load of the whole content folder. */
export function joinLoaded(
  siteFiles: LoadedSiteFiles,
  listing: { diagnostics: Diagnostic[] },
  folders: readonly LoadedFolder[],
): LoadedContent {
  return {
    ...(siteFiles.site && { site: siteFiles.site }),
    ...(siteFiles.themes && { themes: siteFiles.themes }),
    solutions: siteFiles.solutions,
    reports: folders.flatMap((f) => (f.report ? [f.report] : [])),
    orphans: folders.flatMap((f) => f.orphans),
    diagnostics: [...siteFiles.diagnostics, ...listing.diagnostics, ...folders.flatMap((f) => f.diagnostics)],
  };
}

/** `parseCacheDir`: where parsed files are kept between builds (parse-store.ts); none, and every file is parsed. */
export function loadContent(contentDir: string, parseCacheDir?: string): LoadedContent {
  const store = parseCacheDir ? ParseStore.open(parseCacheDir, contentDir) : undefined;
  const end = beginLoad(store);
  try {
    const siteFiles = loadSiteFiles(contentDir);
    // A damaged store was dropped and every file parsed: said once, as a warning beside the content's problems.
    if (store?.damage) siteFiles.diagnostics.push(cacheDamageWarning(store.damage));
    if (siteFiles.noContentDir) return joinLoaded(siteFiles, { diagnostics: [] }, []);
    const listing = listReportFolders(contentDir);
    return joinLoaded(
      siteFiles,
      listing,
      listing.folders.map((folder) => loadReportFolder(contentDir, folder)),
    );
  } finally {
    end();
  }
}
