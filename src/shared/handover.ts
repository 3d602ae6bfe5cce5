/**
 * What moves between stages at run time without passing through a call: the
 * build hands the site model, each text's context, the images the media stage
 * made and the PDFs the print step printed to the templates' filters, which
 * Eleventy calls. Everything goes through this one slot, each value under a
 * typed key that the stage owning it declares (`handoverKey`).
 *
 * The slot is kept on globalThis rather than in a module variable: Eleventy
 * loads its configuration (and so the filters and everything they import)
 * through its own import, which under a test runner is another module
 * instance than the build's. Only this module touches globalThis.
 */

/** A name for one value in the slot, typed by what it carries. */
export interface HandoverKey<T> {
  readonly name: string;
  /** Never set: it only carries the type. */
  readonly type?: T;
}

export const handoverKey = <T>(name: string): HandoverKey<T> => ({ name });

const SLOT = Symbol.for("samling.handover");
const slot = (): Map<string, unknown> => {
  const global = globalThis as Record<symbol, Map<string, unknown> | undefined>;
  return (global[SLOT] ??= new Map());
};

/** Puts a value in the slot for the stages that run after, replacing what an earlier run left. */
export function handOver<T>(key: HandoverKey<T>, value: T): void {
  slot().set(key.name, value);
}

/** What was handed over under the key, if anything. */
export function received<T>(key: HandoverKey<T>): T | undefined {
  return slot().get(key.name) as T | undefined;
}
