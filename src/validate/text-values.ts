/**
 * Every text in a parsed file, with its path — what the checks that read all
 * prose (unsafe links, personal data) walk, whatever the file's kind.
 */
import type { YamlPath } from "../load/yaml.ts";

export type Owner = Record<string, unknown>;
export const isOwner = (v: unknown): v is Owner => typeof v === "object" && v !== null && !Array.isArray(v);

/** Each string below `value`, except fields `skip` says to leave out (asked with the object that holds them). */
export function* textValues(
  value: unknown,
  skip?: (owner: Owner, key: string) => boolean,
  path: YamlPath = [],
): Generator<[string, YamlPath]> {
  if (typeof value === "string") yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* textValues(v, skip, [...path, i]);
  else if (isOwner(value))
    for (const [k, v] of Object.entries(value)) if (!skip?.(value, k)) yield* textValues(v, skip, [...path, k]);
}

/** Each object below `value` (itself included), with its path. */
export function* objectValues(value: unknown, path: YamlPath = []): Generator<[Owner, YamlPath]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* objectValues(v, [...path, i]);
  else if (isOwner(value)) {
    yield [value, path];
    for (const [k, v] of Object.entries(value)) yield* objectValues(v, [...path, k]);
  }
}
