/**
 * Aliases (`*a`) repeat what an anchor (`&a`) names. A few are handy; nested
 * ones multiply («billion laughs»: nine levels of nine aliases are 387 million
 * values), and every walker of the parsed value — validation, the link and
 * personal-data checks, the model — would visit each copy. Before anything is
 * built from the events, this counts the values the document expands to and
 * stops at the alias that takes it past the budget.
 */
import { EVENT_ID, type Event } from "js-yaml";

/** Values aliases may add beyond what is written out: far more than any report repeats, far less than a stall. */
export const MAX_ALIAS_EXPANSION = 100_000;

export type Expansion = { ok: true } | { ok: false; offset: number; anchor: string; added: number; cycle?: true };

interface Open {
  anchor: string | undefined;
  size: number;
}

const anchorName = (source: string, e: { anchorStart: number; anchorEnd: number }): string | undefined =>
  e.anchorStart >= 0 ? source.slice(e.anchorStart, e.anchorEnd).replace(/^[&*]/, "") : undefined;

export function checkAliasExpansion(source: string, events: readonly Event[], budget = MAX_ALIAS_EXPANSION): Expansion {
  const sizes = new Map<string, number>();
  const stack: Open[] = [{ anchor: undefined, size: 0 }];
  let added = 0;
  const settle = (anchor: string | undefined, size: number) => {
    if (anchor !== undefined) sizes.set(anchor, size);
    stack.at(-1)!.size += size;
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        stack.push({ anchor: anchorName(source, event), size: 1 });
        break;
      case EVENT_ID.SCALAR:
        settle(anchorName(source, event), 1);
        break;
      case EVENT_ID.ALIAS: {
        const anchor = anchorName(source, event) ?? "";
        const at = source[event.anchorStart - 1] === "*" ? event.anchorStart - 1 : event.anchorStart;
        // An alias inside what its anchor names would make a value that holds itself: no walker ends.
        if (stack.some((open) => open.anchor === anchor)) return { ok: false, offset: at, anchor, added, cycle: true };
        const size = sizes.get(anchor) ?? 1; // an unknown alias is the constructor's error to report
        added += size - 1;
        if (added > budget) return { ok: false, offset: at, anchor, added };
        stack.at(-1)!.size += size;
        break;
      }
      case EVENT_ID.POP: {
        if (stack.length > 1) {
          const done = stack.pop()!;
          settle(done.anchor, done.size);
        }
        break;
      }
    }
  }
  return { ok: true };
}
