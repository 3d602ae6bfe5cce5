/**
 * The content as `serve` keeps it between saves: every report folder loaded
 * and checked once, and after that only the folders a save touched. The
 * checks across reports (ids, theme references, the archive's order and
 * themes) run again on the kept results — they are cheap — so the result is
 * what `samling check` would say of the whole folder (tests/live compare them).
 */
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { modelChecked, type CheckMemo, type CheckOptions, type CheckResult } from "../pipeline/check.ts";
import { beginLoad } from "../load/parse-cache.ts";
import { ParseStore } from "../load/parse-store.ts";
import { listReportFolders, loadReportFolder, loadSiteFiles, SOLUTIONS_DIR } from "../load/load-content.ts";
import type { LoadedFolder, LoadedSiteFiles } from "../load/loaded.ts";
import type { Diagnostic } from "../shared/diagnostic.ts";
import {
  joinChecks,
  validateOrphans,
  validateReport,
  validateSiteFiles,
  type OrphanCheck,
  type ReportCheck,
  type SiteCheck,
} from "../validate/validate-content.ts";

interface FolderState {
  loaded: LoadedFolder;
  report?: ReportCheck;
  orphans: OrphanCheck;
}

const checkFolder = (loaded: LoadedFolder): FolderState => ({
  loaded,
  ...(loaded.report && { report: validateReport(loaded.report) }),
  orphans: validateOrphans(loaded.orphans),
});

/** What a changed path touches: a site file, one report folder, or — anything else — everything. */
type Touched = { site: true } | { folder: string } | { all: true };

export class LiveContent {
  private readonly contentDir: string;
  private siteFiles!: LoadedSiteFiles;
  private siteCheck!: SiteCheck;
  private listing!: { folders: string[]; diagnostics: Diagnostic[] };
  private readonly folders = new Map<string, FolderState>();
  private memo: CheckMemo = { models: new WeakMap(), links: new WeakMap() };
  private themes = "";

  constructor(
    contentDir: string,
    private readonly options: CheckOptions,
  ) {
    this.contentDir = resolve(contentDir);
    this.reloadAll();
  }

  /** The whole content folder, read again (with the parse store on disk, when there is one). */
  private reloadAll(): void {
    const { parseCacheDir } = this.options;
    const end = beginLoad(parseCacheDir ? ParseStore.open(parseCacheDir, this.contentDir) : undefined);
    try {
      this.folders.clear();
      this.reloadSite();
      this.relist();
    } finally {
      end();
    }
  }

  private reloadSite(): void {
    this.siteFiles = loadSiteFiles(this.contentDir);
    this.siteCheck = validateSiteFiles(this.siteFiles);
    // Report models hold the themes' names (in each report's language): made again when the themes change.
    const themes = JSON.stringify(this.siteCheck.themes);
    if (themes !== this.themes) this.memo = { models: new WeakMap(), links: this.memo.links };
    this.themes = themes;
  }

  /** The report folders as they are now: new ones loaded, gone ones forgotten. */
  private relist(): void {
    this.listing = this.siteFiles.noContentDir ? { folders: [], diagnostics: [] } : listReportFolders(this.contentDir);
    const present = new Set(this.listing.folders);
    for (const folder of this.folders.keys()) if (!present.has(folder)) this.folders.delete(folder);
    for (const folder of this.listing.folders) if (!this.folders.has(folder)) this.reloadFolder(folder);
  }

  private reloadFolder(folder: string): void {
    this.folders.set(folder, checkFolder(loadReportFolder(this.contentDir, folder)));
  }

  private touched(path: string): Touched {
    const parts = relative(this.contentDir, resolve(path)).split(sep);
    if (parts.length === 1 && /^(site|themes)\.yaml$/.test(parts[0]!)) return { site: true };
    if (parts[0] === SOLUTIONS_DIR) return { site: true }; // a solution, or its folder made or removed
    if (parts[0] === "reports" && parts.length >= 2) return { folder: parts[1]! }; // a file in it, or the folder made or removed
    return { all: true }; // the content folder itself, reports/ itself, something unforeseen
  }

  /** Files changed, were made or were removed (absolute or relative paths): read what they touch again. */
  update(paths: readonly string[]): void {
    const touched = paths.map((p) => this.touched(p));
    if (touched.some((t) => "all" in t) || !existsSync(this.contentDir)) return this.reloadAll();
    if (touched.some((t) => "site" in t)) this.reloadSite();
    for (const folder of new Set(touched.flatMap((t) => ("folder" in t ? [t.folder] : [])))) {
      // A folder made or removed changes the listing (relist loads the new one); otherwise only it is read again.
      const known = this.listing.folders.includes(folder);
      if (known && existsSync(resolve(this.contentDir, "reports", folder))) this.reloadFolder(folder);
      else this.relist();
    }
  }

  /** What `check` says of the content as it is now, with the site's model when there are no errors. */
  result(): CheckResult {
    const states = this.listing.folders.map((f) => this.folders.get(f)!);
    const loadProblems = [
      ...this.siteFiles.diagnostics,
      ...this.listing.diagnostics,
      ...states.flatMap((s) => s.loaded.diagnostics),
    ];
    const reports = states.flatMap((s) => (s.report ? [s.report] : []));
    const validated = joinChecks(
      this.siteCheck,
      reports,
      states.map((s) => s.orphans),
      loadProblems,
    );
    return modelChecked(validated, this.options, this.memo);
  }
}
