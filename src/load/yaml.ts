/**
 * Parses YAML once into events (js-yaml 5), builds the value from them and,
 * from the same events, a map from each value's path to its source offset —
 * so a schema problem at ["participants", "roles", 2, "count"] can be reported
 * at its line and column.
 */
import {
  CORE_SCHEMA,
  EVENT_ID,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  parseEvents,
  type Event,
} from "js-yaml";
import { checkAliasExpansion, MAX_ALIAS_EXPANSION } from "./alias-budget.ts";

export type YamlPath = ReadonlyArray<string | number>;

export interface Located {
  /** Offset of the key (for a mapping entry), else of the value. */
  key: number;
  value: number;
}

/** Path → source offsets. Built on first use: a valid file never needs it. */
export type Locations = () => Map<string, Located>;

export type YamlResult =
  | { ok: true; value: unknown; locations: Locations }
  | {
      ok: false;
      reason: string;
      offset: number;
      aliasBomb?: { anchor: string; limit: number };
      aliasCycle?: { anchor: string };
    };

/** Collections nested deeper than this are a mistake or an attack, not a report. */
export const MAX_YAML_DEPTH = 50;

export const pathKey = (path: YamlPath): string => JSON.stringify(path);

interface Frame {
  kind: "map" | "seq" | "ignored";
  path: YamlPath;
  index: number;
  expectingKey: boolean;
  key: string;
  keyOffset: number;
}

function eventOffset(event: Event): number {
  if (event.type === EVENT_ID.SCALAR) return event.valueStart;
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart;
  return 0;
}

export function locate(source: string, events: readonly Event[]): Map<string, Located> {
  const locations = new Map<string, Located>();
  const stack: Frame[] = [];
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      const done = stack.pop();
      const parent = stack.at(-1);
      if (done && parent) settle(parent, done.kind === "ignored");
      continue;
    }
    const parent = stack.at(-1);
    const offset = eventOffset(event);
    let path: YamlPath = [];
    let ignored = parent?.kind === "ignored";
    if (parent && !ignored) {
      if (parent.kind === "map" && parent.expectingKey) {
        // A key. Complex (collection) keys are not used in content; skip their insides.
        if (event.type === EVENT_ID.SCALAR) {
          parent.key = getScalarValue(source, event);
          parent.keyOffset = offset;
          parent.expectingKey = false;
          continue;
        }
        ignored = true;
      } else {
        const step = parent.kind === "map" ? parent.key : parent.index;
        path = [...parent.path, step];
        const key = parent.kind === "map" ? parent.keyOffset : offset;
        // An empty value (`title:`, a bare `-`) has no place of its own: it is where its key is.
        locations.set(pathKey(path), { key, value: offset >= 0 ? offset : key });
      }
    } else if (!parent) {
      locations.set(pathKey([]), { key: offset, value: offset });
    }
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const kind = ignored ? "ignored" : event.type === EVENT_ID.MAPPING ? "map" : "seq";
      stack.push({ kind, path, index: 0, expectingKey: true, key: "", keyOffset: offset });
    } else if (parent && !ignored) {
      settle(parent, false);
    }
  }
  return locations;
}

/** A value — or, in a mapping, a complex key — has been consumed in `frame`. */
function settle(frame: Frame, consumedKey: boolean): void {
  if (frame.kind === "seq") frame.index++;
  else if (frame.kind === "map") {
    frame.expectingKey = !consumedKey;
    if (consumedKey) frame.key = "[complex key]";
  }
}

export function parseYaml(source: string, filename: string): YamlResult {
  try {
    const events = parseEvents(source, { filename, maxDepth: MAX_YAML_DEPTH });
    const expansion = checkAliasExpansion(source, events);
    if (!expansion.ok) {
      if (expansion.cycle)
        return { ok: false, reason: "alias cycle", offset: expansion.offset, aliasCycle: { anchor: expansion.anchor } };
      return {
        ok: false,
        reason: "alias expansion",
        offset: expansion.offset,
        aliasBomb: { anchor: expansion.anchor, limit: MAX_ALIAS_EXPANSION },
      };
    }
    // A few aliases are handy; thousands are a "billion laughs" attack.
    const documents = constructFromEvents(events, { source, filename, schema: CORE_SCHEMA, maxAliases: 100 });
    if (documents.length > 1) return { ok: false, reason: "more than one YAML document (---)", offset: 0 };
    let locations: Map<string, Located> | undefined;
    return { ok: true, value: documents[0] ?? null, locations: () => (locations ??= locate(source, events)) };
  } catch (error) {
    if (error instanceof YAMLException) return { ok: false, reason: error.reason, offset: error.mark?.position ?? 0 };
    return { ok: false, reason: String(error), offset: 0 };
  }
}
