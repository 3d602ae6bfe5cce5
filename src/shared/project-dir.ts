/**
 * Where samling's own files are: the folder that holds .eleventy.ts,
 * layouts/ and assets/. Found from this file's place, so it is right however
 * samling is started (npm script, npx, a test runner).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The project folder: where .eleventy.ts, layouts/ and assets/ are. */
export const projectDir = resolve(dirname(new URL(import.meta.url).pathname), "../..");

/** samling's own version, from its package.json (`samling --version`, and the range `init` writes). */
export const samlingVersion = (): string =>
  (JSON.parse(readFileSync(join(projectDir, "package.json"), "utf8")) as { version: string }).version;
