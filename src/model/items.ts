/**
 * Model stage for a block's items (findings, proposals, measures, recurring
 * answers, next steps): each gets an anchor of its own, so a theme page or
 * another report can link to exactly that point, and its themes as links.
 */
import { plainText } from "../shared/plain-text.ts";
import type { Block } from "../schema/blocks/index.ts";
import { themableItems, type ThemableItem } from "../schema/themable.ts";
import type { AnchorRegistry } from "../shared/slug.ts";
import type { ItemLists, ItemModel, ThemedItem, ThemeLink } from "./types.ts";

export interface ItemContext {
  anchors: AnchorRegistry;
  /** The block's anchor, and each question's. */
  anchor: string;
  itemAnchors: readonly string[];
  /** The heading the block's items stand under: its own, or its section's. */
  heading?: string;
  /** The heading of the section the block is in. */
  sectionHeading?: string;
  themeLink: (id: string) => ThemeLink;
}

export interface BlockItems {
  lists: ItemLists;
  themeLinks: ThemeLink[];
  themed: ThemedItem[];
}

/** Slots are author-chosen names (part ids): «constructor» must be a slot, not the object's prototype property. */
const own = <T>(node: ItemLists, key: string, make: () => T): T =>
  Object.hasOwn(node, key) ? (node[key] as T) : ((node[key] = make() as ItemLists[string]) as T);

function file(lists: ItemLists, slot: readonly string[], item: ItemModel): void {
  let node = lists;
  for (const key of slot.slice(0, -1)) node = own<ItemLists>(node, key, () => ({}));
  own<ItemModel[]>(node, slot[slot.length - 1]!, () => []).push(item);
}

/** "fordele-ressurser-hovedfunn-2": the question's anchor, the part and the place in it; elsewhere the block's anchor and a number. */
const baseOf = (item: ThemableItem, ctx: ItemContext): string =>
  item.question !== undefined ? `${ctx.itemAnchors[item.question]}-${item.part}` : ctx.anchor;

function contextOf(block: Block, item: ThemableItem, ctx: ItemContext): string | undefined {
  if (block.kind === "questions" && item.question !== undefined) {
    // The part says what kind of answer it is: a finding, a gap, a first step.
    const part = block.parts.find((p) => p.id === item.part);
    const question = plainText(block.items[item.question]!.question);
    return part ? `${question} – ${plainText(part.name)}` : question;
  }
  if (block.kind === "group-task" && !ctx.heading) return plainText(block.question);
  return ctx.heading;
}

export function modelItems(block: Block, ctx: ItemContext): BlockItems {
  const result: BlockItems = { lists: {}, themeLinks: [], themed: [] };
  const counters = new Map<string, number>();
  for (const item of themableItems(block)) {
    const themes = item.themes.map(ctx.themeLink);
    let anchor = ctx.anchor;
    if (item.slot.length === 0) result.themeLinks = themes;
    else {
      const base = baseOf(item, ctx);
      const n = (counters.get(base) ?? 0) + 1;
      counters.set(base, n);
      anchor = item.id ?? ctx.anchors.derive(`${base}-${n}`);
      const pointer = item.path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
      file(result.lists, item.slot, {
        anchor,
        themes,
        pointer,
        ...(item.title && { title: item.title }),
        ...(item.text && { text: item.text }),
        ...(item.solution && { solution: item.solution }),
      });
    }
    if (item.themes.length === 0 && !item.solution) continue;
    const context = item.slot.length === 0 ? ctx.sectionHeading : contextOf(block, item, ctx);
    result.themed.push({
      kind: item.kind,
      anchor,
      themes: item.themes,
      ...(item.title && { title: item.title }),
      ...(item.text && { text: item.text }),
      ...(context && { context }),
      ...(item.solution && { solution: item.solution }),
    });
  }
  return result;
}

/** Every item the model filed, in no particular order. */
export const allItems = (lists: ItemLists): ItemModel[] =>
  Object.values(lists).flatMap((node) => (Array.isArray(node) ? node : allItems(node)));

/** A list the model filed, for code that reads one back (the next-steps page). */
export const listAt = (lists: ItemLists, ...slot: string[]): ItemModel[] =>
  (slot.reduce<ItemLists | ItemModel[] | undefined>(
    (node, key) => (node && !Array.isArray(node) ? node[key] : undefined),
    lists,
  ) as ItemModel[] | undefined) ?? [];
