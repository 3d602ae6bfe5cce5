/**
 * Where in a block the things a knowledge bank collects are: findings,
 * proposals, measures, recurring answers, next steps — and a block tagged as
 * a whole. One walker serves validation (ids, theme references, with their
 * paths in the file) and the model (anchors, theme pages), so the two always
 * agree on what an item is.
 */
import type { Block } from "./blocks/index.ts";
import type { ThemedLine } from "./common.ts";

export const ITEM_KINDS = ["finding", "proposal", "measure", "recurring-answer", "next-step", "passage"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export type Path = (string | number)[];

export interface ThemableItem {
  kind: ItemKind;
  /** Where the item is in its block's file. */
  path: Path;
  /** Where the model files the item's view (see BlockModel.lists); empty for the block itself. */
  slot: string[];
  /** For a finding: the question it answers, by index, and the part. */
  question?: number;
  part?: string;
  title?: string;
  text?: string;
  id?: string;
  themes: string[];
  /** The solution (content/losninger/<id>.yaml) the item tells of. */
  solution?: string;
}

const line = (
  kind: ItemKind,
  path: Path,
  slot: string[],
  value: ThemedLine,
  extra: Partial<ThemableItem> = {},
): ThemableItem =>
  typeof value === "string"
    ? { kind, path, slot, text: value, themes: [], ...extra }
    : {
        kind,
        path,
        slot,
        text: value.text,
        themes: value.themes ?? [],
        ...(value.id && { id: value.id }),
        ...(value.solution && { solution: value.solution }),
        ...extra,
      };

interface Titled {
  title?: string | undefined;
  text?: string | undefined;
  id?: string | undefined;
  themes?: string[] | undefined;
  solution?: string | undefined;
}

const titled = (kind: ItemKind, path: Path, slot: string[], v: Titled): ThemableItem => ({
  kind,
  path,
  slot,
  themes: v.themes ?? [],
  ...(v.title && { title: v.title }),
  ...(v.text && { text: v.text }),
  ...(v.id && { id: v.id }),
  ...(v.solution && { solution: v.solution }),
});

function* itemsOf(block: Block): Generator<ThemableItem> {
  switch (block.kind) {
    case "questions":
      for (const [q, item] of block.items.entries()) {
        for (const [part, lines] of Object.entries(item.answers ?? {})) {
          for (const [i, value] of lines.entries()) {
            yield line("finding", ["items", q, "answers", part, i], ["answers", String(q), part], value, {
              question: q,
              part,
            });
          }
        }
      }
      return;
    case "workshop-mat":
      for (const [c, column] of block.columns.entries()) {
        for (const [i, value] of (column.items ?? []).entries())
          yield line("finding", ["columns", c, "items", i], ["columns", String(c)], value);
      }
      return;
    case "group-task":
      for (const [i, v] of (block.proposals ?? []).entries())
        yield titled("proposal", ["proposals", i], ["proposals"], v);
      for (const [i, v] of (block.measures ?? []).entries()) yield titled("measure", ["measures", i], ["measures"], v);
      return;
    case "recurring-answers":
      for (const [i, v] of block.items.entries()) yield titled("recurring-answer", ["items", i], ["items"], v);
      return;
    case "next-steps":
      for (const [i, v] of block.items.entries())
        yield titled("next-step", ["items", i], ["items"], {
          text: v.what,
          id: v.id,
          themes: v.themes,
          solution: v.solution,
        });
      return;
    default:
      return;
  }
}

/** What names a block with themes but no title where its themes are listed (theme pages): a quote, by its words. */
const untitledPassage = (block: Block): Pick<ThemableItem, "text"> =>
  block.kind === "quote" ? { text: block.text } : {};

/** The block's items in document order; the block itself first when it carries themes or tells of a solution. */
export function themableItems(block: Block): ThemableItem[] {
  const named = (b: Block) => (b.title ? { title: b.title } : untitledPassage(b));
  const own: ThemableItem[] =
    block.themes || block.solution
      ? [
          {
            kind: "passage",
            path: [],
            slot: [],
            themes: block.themes ?? [],
            ...(block.solution && { solution: block.solution }),
            ...named(block),
          },
        ]
      : [];
  return [...own, ...itemsOf(block)];
}
