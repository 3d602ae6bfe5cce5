/**
 * Eleventy imports .eleventy.ts with Node's own import(), which cannot load
 * TypeScript on Node 20. Registering tsx's loader makes it work wherever the
 * build is started from (the CLI, tests, the benchmark); a flag on globalThis,
 * shared with bin/samling.mjs, keeps it to one registration per process.
 */
import { register } from "tsx/esm/api";

const FLAG = Symbol.for("samling.typescript-loader");

export function ensureTypeScriptLoader(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[FLAG]) return;
  register();
  g[FLAG] = true;
}
