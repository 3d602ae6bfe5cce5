/**
 * `samling new "Tittel"`: a report folder with commented example files for
 * one of the three shapes the bundled reports show — a conference (questions
 * and recurring answers), a partnership meeting (participants, method,
 * workshop mats, polls, group tasks, next steps) or a visit (programme, talks,
 * key figures, learnings). The result is a draft that passes `check`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { contentFileKind, schemaComment } from "../schema/editor-schemas.ts";
import { slugify } from "../shared/slug.ts";
import { fillPlaceholders } from "./placeholders.ts";
import { isRealDate } from "../schema/common.ts";

export const SHAPES = ["conference", "partnership", "visit"] as const;
export type Shape = (typeof SHAPES)[number];

const SHAPES_DIR = join(dirname(fileURLToPath(import.meta.url)), "shapes");

export interface NewReportOptions {
  title: string;
  date: string;
  shape: Shape;
  contentDir: string;
  /** Where docs/schema/ is, for the editor's schema lines. */
  projectDir: string;
}

export type NewReportResult =
  | { ok: true; id: string; dir: string; files: string[] }
  | { ok: false; error: "date" | "title" | "exists"; dir?: string };

/** A title as a YAML value: plain when it is safe, quoted otherwise ("Møte: 2025"). */
export const yamlString = (s: string): string =>
  /^[\p{L}\p{N}][^:#"'\n{}[\],&*!|>%@`]*$/u.test(s) && !/\s$/.test(s) ? s : JSON.stringify(s);

export function newReport(o: NewReportOptions): NewReportResult {
  if (!isRealDate(o.date)) return { ok: false, error: "date" };
  if (!o.title.trim()) return { ok: false, error: "title" };
  const id = `${o.date}-${slugify(o.title, 50)}`;
  const dir = join(o.contentDir, "reports", id);
  if (existsSync(dir)) return { ok: false, error: "exists", dir };
  const values: Record<string, string> = { title: yamlString(o.title.trim()), date: o.date, id };
  const shapeDir = join(SHAPES_DIR, o.shape);
  const files: string[] = [];
  for (const rel of readdirSync(shapeDir, { recursive: true }).map(String).sort()) {
    const source = join(shapeDir, rel);
    if (!/\.(ya?ml|md)$/.test(rel)) continue;
    const target = join(dir, rel);
    let text = fillPlaceholders(readFileSync(source, "utf8"), values);
    const kind = contentFileKind(relative(o.contentDir, target).split(sep).join("/"));
    if (kind) text = `${schemaComment(kind, resolve(dirname(target)), resolve(o.projectDir))}\n${text}`;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    files.push(target);
  }
  return { ok: true, id, dir, files };
}
