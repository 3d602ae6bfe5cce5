/**
 * Finds the part of a zod schema that describes the value at a path, so a
 * problem can name the keys allowed there. Unions are resolved the way the
 * data resolves them: by `kind`, or object versus plain value.
 */
import type * as z from "zod";

type AnySchema = z.ZodType;
type Def = { type: string; [k: string]: unknown };

const def = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: AnySchema): AnySchema {
  let current = s;
  for (;;) {
    const d = def(current);
    if (d.type === "optional" || d.type === "default" || d.type === "nullable" || d.type === "prefault") {
      current = d.innerType as AnySchema;
    } else if (d.type === "pipe") current = d.in as AnySchema;
    else return current;
  }
}

function pickOption(options: AnySchema[], data: unknown): AnySchema | undefined {
  const isObject = typeof data === "object" && data !== null && !Array.isArray(data);
  const kind = isObject ? (data as Record<string, unknown>).kind : undefined;
  for (const option of options) {
    const o = unwrap(option);
    const d = def(o);
    if (d.type !== "object") continue;
    const shape = d.shape as Record<string, AnySchema>;
    if (kind === undefined || !shape.kind) return isObject ? o : undefined;
    const literal = def(unwrap(shape.kind)) as unknown as { values?: unknown[] };
    if (literal.values?.includes(kind)) return o;
  }
  return isObject ? undefined : options.map(unwrap).find((o) => def(o).type !== "object");
}

export function schemaAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>, data: unknown): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(schema);
  let value = data;
  for (const step of path) {
    if (!current) return undefined;
    let d = def(current);
    if (d.type === "union") {
      current = pickOption(d.options as AnySchema[], value);
      if (!current) return undefined;
      d = def(current);
    }
    if (d.type === "object") current = (d.shape as Record<string, AnySchema>)[String(step)];
    else if (d.type === "array") current = d.element as AnySchema;
    else if (d.type === "record") current = d.valueType as AnySchema;
    else return undefined;
    value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[step as string] : undefined;
    current = current ? unwrap(current) : undefined;
  }
  if (current && def(current).type === "union") current = pickOption(def(current).options as AnySchema[], value);
  return current;
}

/** The keys an object schema allows, or [] when the path is not an object. */
export function allowedKeys(schema: AnySchema, path: ReadonlyArray<PropertyKey>, data: unknown): string[] {
  const at = schemaAt(schema, path, data);
  return at && def(at).type === "object" ? Object.keys(def(at).shape as object) : [];
}
