/**
 * The site's own folder: where a secretariat's content/, assets/, layouts/
 * and caches (.cache/) are, and where `samling` is run from. samling's own
 * files (templates, styles, scripts, schemas) are in its package
 * (shared/project-dir.ts); in samling's own repository the two are one folder.
 * Taken once, when samling starts: Eleventy changes the working folder while
 * it runs. SAMLING_SITE names another folder.
 */
import { resolve } from "node:path";
import { projectDir } from "./project-dir.ts";

const startedIn = process.cwd();

export const siteDir = (): string => resolve(process.env.SAMLING_SITE ?? startedIn);

/** The site is a folder of its own, not samling's repository: its assets/ and layouts/ are its own. */
export const isOwnSite = (): boolean => siteDir() !== projectDir;
