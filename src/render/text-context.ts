/**
 * What a report's Markdown needs to know beyond its own text, from the model:
 * where its footnotes start (notes are numbered through the report), how its
 * citations read in the report's citation style, and its language's words.
 * Handed over by content file (shared/handover.ts), as the media index is
 * (picture.ts): the filters reach it through the file a text is written in.
 */
import type { BlockModel, ReportModel } from "../model/types.ts";
import type { UiStrings } from "../shared/i18n/index.ts";
import { handOver, handoverKey, received } from "../shared/handover.ts";
import { perObject } from "../shared/memo.ts";

export interface TextContext {
  ui: UiStrings;
  /** A Markdown text (as written) → the number of its first footnote. */
  noteStarts: ReadonlyMap<string, number>;
  /** A citation as written («[@a, s. 12]», whitespace collapsed) → its formatted HTML. */
  citations: ReadonlyMap<string, string>;
  /** Each cited key → the anchor of its entry in the references list. */
  referenceAnchors: ReadonlyMap<string, string>;
  /** A Markdown body (trimmed) → its headings' anchors and numbers, in order. */
  headings: ReadonlyMap<string, ReadonlyArray<{ anchor: string; number?: string }>>;
  /** A Markdown body (trimmed) → the labels of its captioned tables, in order. */
  tables: ReadonlyMap<string, readonly string[]>;
}

const TEXT_CONTEXTS = handoverKey<ReadonlyMap<string, TextContext>>("text-contexts");

/** Hand the build's contexts, by content file, to the renderer. */
export const useTextContexts = (byFile: ReadonlyMap<string, TextContext>): void => handOver(TEXT_CONTEXTS, byFile);

export const textContextOf = (file: string | undefined): TextContext | undefined =>
  file ? received(TEXT_CONTEXTS)?.get(file) : undefined;

/** What markdown-it's env carries while a text renders: the text itself, and the file it is written in. */
export interface TextEnv {
  source?: string;
  media?: { from?: string };
}

/** The model's data for the text being rendered (its headings, its tables' labels), from its report's context. */
export function perText<K extends "headings" | "tables" | "noteStarts">(
  env: TextEnv,
  what: K,
): (TextContext[K] extends ReadonlyMap<string, infer V> ? V : never) | undefined {
  if (env.source === undefined) return undefined;
  const map = textContextOf(env.media?.from)?.[what] as ReadonlyMap<string, unknown> | undefined;
  return map?.get(env.source.trim()) as never;
}

/** A report's context, and the files it is written in; kept by the report's texts, which an unchanged report keeps between builds in serve. */
const reportContext = perObject(
  (report: ReportModel): { context: TextContext; files: string[] } => {
    const files: string[] = [];
    const walk = (blocks: readonly BlockModel[]): void => {
      for (const b of blocks) {
        files.push(b.from);
        walk(b.children);
      }
    };
    walk(report.blocks);
    const context: TextContext = {
      ui: report.ui,
      noteStarts: new Map(Object.entries(report.texts.noteStarts)),
      citations: new Map(Object.entries(report.texts.citations)),
      referenceAnchors: new Map(report.references.map((r) => [r.key, r.anchor])),
      headings: new Map(Object.entries(report.texts.headings)),
      tables: new Map(Object.entries(report.texts.tables)),
    };
    return { context, files };
  },
  (report) => report.texts,
);

/** Every content file of every report → its report's context. */
export function textContexts(reports: readonly ReportModel[]): Map<string, TextContext> {
  const byFile = new Map<string, TextContext>();
  for (const report of reports) {
    const { context, files } = reportContext(report);
    for (const file of files) byFile.set(file, context);
  }
  return byFile;
}
