/**
 * Validation stage: every loaded document against its schema, then the
 * checks that need more than one value (sums, uniqueness, references).
 * Returns typed content only when there are no errors; always returns every
 * problem found.
 */
import type { LoadedBlock, LoadedContent, LoadedReport } from "../load/loaded.ts";
import type { SourceDoc } from "../load/source-doc.ts";
import { block as blockSchema } from "../schema/blocks/index.ts";
import { report as reportSchema } from "../schema/report.ts";
import { site as siteSchema, type Site } from "../schema/site.ts";
import { themesFile, type Theme } from "../schema/themes.ts";
import { solution as solutionSchema } from "../schema/solution.ts";
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from "../shared/diagnostic.ts";
import { checkSiteColours } from "./rules/contrast.ts";
import { checkDateRange } from "./rules/dates.ts";
import { checkIds } from "./rules/ids.ts";
import { checkImages } from "./rules/images.ts";
import { checkMarkdown } from "./rules/markdown.ts";
import { checkNotes } from "./rules/notes.ts";
import { checkCitations } from "./rules/citations.ts";
import { checkParticipants } from "./rules/participants.ts";
import { checkPersonalData } from "./rules/personal-data.ts";
import { checkPublishable } from "./rules/publish.ts";
import { checkQuestionParts } from "./rules/question-parts.ts";
import { checkTables } from "./rules/table.ts";
import { checkTemplateText } from "./rules/template-text.ts";
import { checkSolutionThemes, checkThemeIds, checkThemeRefs } from "./rules/themes.ts";
import { checkReportLinks } from "./rules/report-links.ts";
import { checkSolutionFileName, checkSolutionRefs, solutionIdOf } from "./rules/solutions.ts";
import { validateDoc } from "./schema-issues.ts";
import { readDeprecatedKeys } from "./deprecated-keys.ts";
import type { DeprecationFile } from "../schema/deprecations.ts";
import type * as z from "zod";
import type { CheckedReport, ValidBlock, ValidContent, ValidReport, ValidSolution } from "./validated.ts";

/** Checks run on every parsed file, valid or not, so nothing hides behind another error. */
const fileRules = [checkMarkdown, checkNotes, checkPersonalData];
const checkFile = (doc: SourceDoc): Diagnostic[] => fileRules.flatMap((rule) => rule(doc));

/** Checks of a report's blocks: run even when its report.yaml is broken, so all problems show at once. */
const blockRules = [checkParticipants, checkQuestionParts, checkImages, checkTables, checkCitations];
/** Checks that need a valid report.yaml. */
const metaRules = [checkDateRange, checkPublishable];

/** A Markdown file is a block whose prose is its body; its kind defaults to text (section for index.md). */
export function blockData(doc: SourceDoc, isSection: boolean): unknown {
  // Front matter that is not keys and values (a lone line of text) is reported as such, not spread into keys.
  if (!doc.body || (doc.data !== null && typeof doc.data !== "object") || Array.isArray(doc.data)) return doc.data;
  const front = (doc.data ?? {}) as Record<string, unknown>;
  const body = doc.body.text.trim();
  return { kind: isSection ? "section" : "text", ...front, ...(body && { body }) };
}

/** A file against its schema, its old key names read as their new ones (each a warning, added to `problems`). */
function validateFile<S extends z.ZodType>(
  schema: S,
  doc: SourceDoc,
  file: DeprecationFile | "block",
  problems: Diagnostic[],
  data: unknown = doc.data,
): ReturnType<typeof validateDoc<S>> {
  const read = readDeprecatedKeys(doc, data, file);
  problems.push(...read.problems);
  return validateDoc(schema, doc, read.data);
}

/** CSV files already checked as text: two tables may read the same one. */
const checkedCsv = new WeakSet<object>();

function validateBlocks(loaded: readonly LoadedBlock[], problems: Diagnostic[]): ValidBlock[] {
  const valid: ValidBlock[] = [];
  for (const { doc, children, csv } of loaded) {
    problems.push(...checkFile(doc));
    if (csv && !checkedCsv.has(csv)) {
      checkedCsv.add(csv);
      problems.push(...checkFile(csv.doc)); // a table's CSV cells are texts too
    }
    const result = validateFile(blockSchema, doc, "block", problems, blockData(doc, children !== undefined));
    const kids = children ? validateBlocks(children, problems) : [];
    if (!result.ok) problems.push(...result.problems);
    else valid.push({ block: result.value, doc, children: kids, ...(csv && { csv }) });
  }
  return valid;
}

/** One report's checks: its blocks always, its report.yaml when it is valid. */
export interface ReportCheck {
  checked: CheckedReport;
  valid?: ValidReport;
  problems: Diagnostic[];
}

export function validateReport(r: LoadedReport): ReportCheck {
  const problems = checkFile(r.meta);
  const meta = validateFile(reportSchema, r.meta, "report", problems);
  const draft = (r.meta.data as { status?: unknown } | null)?.status === "draft";
  const checked: CheckedReport = {
    folder: r.folder,
    dir: r.dir,
    metaDoc: r.meta,
    blocks: validateBlocks(r.blocks, problems),
    media: r.media,
    ...(r.bibliography && { bibliography: r.bibliography }),
    ...(draft && { draft }),
  };
  for (const rule of blockRules) problems.push(...rule(checked));
  problems.push(...checkTemplateText(checked));
  if (!meta.ok) return { checked, problems: [...problems, ...meta.problems] };
  const valid: ValidReport = Object.assign(checked, { meta: meta.value });
  for (const rule of metaRules) problems.push(...rule(valid));
  return { checked, valid, problems };
}

/** Blocks of a report or section that could not be read: checked on their own, so their problems show now, not next run. */
export interface OrphanCheck {
  checked: Pick<CheckedReport, "blocks" | "media" | "orphan">;
  problems: Diagnostic[];
}

export function validateOrphans(blocks: readonly LoadedBlock[]): OrphanCheck {
  const problems: Diagnostic[] = [];
  const checked = { blocks: validateBlocks(blocks, problems), media: [], orphan: true };
  for (const rule of blockRules) problems.push(...rule(checked));
  return { checked, problems };
}

export interface SiteCheck {
  site?: Site;
  themes: Theme[];
  /** The themes file is there but broken: every theme reference would look unknown. */
  themesBroken: boolean;
  solutions: ValidSolution[];
  /** Every solution file's id, valid or not: what `solution:` may name. */
  solutionIds: string[];
  problems: Diagnostic[];
}

export function validateSiteFiles(loaded: {
  site?: SourceDoc;
  themes?: SourceDoc;
  solutions: readonly SourceDoc[];
}): SiteCheck {
  const problems: Diagnostic[] = [];
  let site: Site | undefined;
  for (const doc of [loaded.site, loaded.themes, ...loaded.solutions]) if (doc) problems.push(...checkFile(doc));
  if (loaded.site) {
    const result = validateFile(siteSchema, loaded.site, "site", problems);
    if (result.ok) {
      site = result.value;
      problems.push(...checkSiteColours(site, loaded.site));
    } else problems.push(...result.problems);
  }
  let themes: Theme[] = [];
  if (loaded.themes) {
    const result = validateFile(themesFile, loaded.themes, "themes", problems);
    if (result.ok) {
      themes = result.value.themes;
      problems.push(...checkThemeIds(themes, loaded.themes));
    } else problems.push(...result.problems);
  }
  const themesBroken = loaded.themes !== undefined && themes.length === 0;
  const solutions: ValidSolution[] = [];
  const seen = new Map<string, string>();
  for (const doc of loaded.solutions) {
    problems.push(...checkSolutionFileName(doc));
    const id = solutionIdOf(doc);
    // rad.yaml beside rad.yml: one address, two files.
    if (seen.has(id)) problems.push(diagnostic(doc.file, undefined, "ids/duplicate", { id, first: seen.get(id)! }));
    seen.set(id, doc.file);
    const result = validateFile(solutionSchema, doc, "solution", problems);
    if (result.ok) solutions.push({ id: solutionIdOf(doc), solution: result.value, doc });
    else problems.push(...result.problems);
  }
  if (!themesBroken) problems.push(...checkSolutionThemes(solutions, themes));
  return {
    ...(site && { site }),
    themes,
    themesBroken,
    solutions,
    solutionIds: loaded.solutions.map(solutionIdOf),
    problems,
  };
}

/** The checked parts put together, with the checks across reports (ids, theme references). */
export function joinChecks(
  site: SiteCheck,
  reports: readonly ReportCheck[],
  orphans: readonly OrphanCheck[],
  loadProblems: readonly Diagnostic[],
): { content?: ValidContent; diagnostics: Diagnostic[] } {
  const problems = [
    ...loadProblems,
    ...site.problems,
    ...reports.flatMap((r) => r.problems),
    ...orphans.flatMap((o) => o.problems),
  ];
  const checked = reports.map((r) => r.checked);
  problems.push(...checkIds(checked));
  problems.push(...checkReportLinks(checked));
  const all = [...checked, ...orphans.map((o) => o.checked)];
  if (!site.themesBroken) problems.push(...checkThemeRefs(all, site.themes));
  problems.push(...checkSolutionRefs(all, site.solutionIds));
  const diagnostics = sortDiagnostics(problems);
  if (hasErrors(diagnostics) || !site.site) return { diagnostics };
  return {
    content: {
      site: site.site,
      themes: site.themes,
      solutions: site.solutions,
      reports: reports.flatMap((r) => (r.valid ? [r.valid] : [])),
    },
    diagnostics,
  };
}

export function validateContent(loaded: LoadedContent): { content?: ValidContent; diagnostics: Diagnostic[] } {
  return joinChecks(
    validateSiteFiles(loaded),
    loaded.reports.map(validateReport),
    [validateOrphans(loaded.orphans)],
    loaded.diagnostics,
  );
}
