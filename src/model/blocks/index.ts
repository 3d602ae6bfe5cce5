/**
 * What each block kind adds in the model, one file per kind, the way
 * schema/blocks/ holds each kind's schema. A kind not listed adds nothing:
 * adding a kind needs its schema, its template (layouts/parts/blocks/) and,
 * only when it derives something, an entry here and in KindFields.
 */
import type { Block, BlockKind } from "../../schema/blocks/index.ts";
import type { FieldsOf, KindFields } from "../types/blocks.ts";
import { section, text } from "./body.ts";
import type { KindContext, KindModel } from "./context.ts";
import { figure } from "./figure.ts";
import { keyFigures } from "./key-figures.ts";
import { participants } from "./participants.ts";
import { poll } from "./poll.ts";
import { questions } from "./questions.ts";
import { table } from "./table.ts";

export const kindModels: { [K in keyof KindFields]: KindModel<K> } = {
  participants,
  poll,
  "key-figures": keyFigures,
  questions,
  table,
  figure,
  text,
  section,
};

/** Kinds whose title carries a number label («Figur 3», «Tabell 2») instead of a chapter number. */
export const LABELLED_KINDS: ReadonlySet<BlockKind> = new Set(["figure", "table"]);

/** What the block's kind adds, made in the order the report is read (anchors and numbers are taken in that order). */
export function kindFields(block: Block, ctx: KindContext): FieldsOf<BlockKind> {
  const model = kindModels[block.kind as keyof KindFields] as KindModel<BlockKind> | undefined;
  return model ? model(block as never, ctx) : {};
}
