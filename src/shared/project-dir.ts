/**
 * Where samling's own files are: the folder that holds .eleventy.ts,
 * layouts/ and assets/. Found from this file's place, so it is right however
 * samling is started (npm script, npx, a test runner).
 */
import { dirname, resolve } from "node:path";

/** The project folder: where .eleventy.ts, layouts/ and assets/ are. */
export const projectDir = resolve(dirname(new URL(import.meta.url).pathname), "../..");
