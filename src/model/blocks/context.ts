/**
 * What a block kind's model (model/blocks/<kind>.ts) may use: the block's
 * file and CSV, the anchor the report gave it, the report's anchors and
 * numbering (shared by every block, in document order), its language's words,
 * and where to note what its Markdown bodies hold for the renderer.
 */
import type { BlockKind, Block } from "../../schema/blocks/index.ts";
import type { Lang, UiStrings } from "../../shared/i18n/index.ts";
import type { AnchorRegistry } from "../../shared/slug.ts";
import type { ValidBlock } from "../../validate/validated.ts";
import type { Numbering } from "../numbering.ts";
import type { FieldsOf } from "../types/blocks.ts";

/** What the model notes of a report's Markdown bodies, for the renderer (see ReportModel.texts). */
export interface BodyNotes {
  /** A Markdown body (trimmed) → its headings' anchors and numbers, in order. */
  headings: Record<string, Array<{ anchor: string; number?: string }>>;
  /** A Markdown body (trimmed) → the labels of its captioned tables («Tabell 3»), in order. */
  tables: Record<string, string[]>;
}

export interface KindContext {
  /** The block with its file (and a table's CSV), as validated. */
  valid: ValidBlock;
  /** The block's own anchor. */
  anchor: string;
  /** Every anchor the report's page has taken so far. */
  anchors: AnchorRegistry;
  ui: UiStrings;
  lang: Lang;
  /** The report's participant total, when it has a participants block. */
  participants?: number;
  /** Titles, headings, figures and tables, numbered as the report says. */
  numbering: Numbering;
  /** Parts around the block: a part's chapters are numbered as if the part were not there. */
  inParts: number;
  /** The level for headings inside the block. */
  sublevel: number;
  bodies: BodyNotes;
}

/** What one kind adds to its blocks. */
export type KindModel<K extends BlockKind> = (block: Extract<Block, { kind: K }>, ctx: KindContext) => FieldsOf<K>;
