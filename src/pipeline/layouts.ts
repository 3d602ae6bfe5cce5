/**
 * The templates a site is rendered with: samling's own (layouts/ in its
 * package), with every file the site keeps in its own layouts/ folder in place
 * of samling's at the same path — a cover (layouts/parts/print/cover.njk), a
 * footer, one block kind's template. Without such files, samling's folder is
 * used as it is. The merged folder is named by the hash of what went into it,
 * made beside its final name and renamed into place, so a build and a serve
 * running at once never see each other's half-written folder.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { projectDir } from "../shared/project-dir.ts";
import { isOwnSite, siteDir } from "../shared/site-dir.ts";
import { mergedLayoutsRoot } from "./cache-dirs.ts";

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();

/** The site's own layouts folder, when it has one. */
export const siteLayouts = (): string | undefined => {
  const dir = join(siteDir(), "layouts");
  return isOwnSite() && existsSync(dir) ? dir : undefined;
};

/** The folder of templates to render with (holding pages/, print/ and parts/). */
export function layoutsDir(): string {
  const own = join(projectDir, "layouts");
  const site = siteLayouts();
  if (!site) return own;
  const hash = createHash("sha256");
  for (const [root, list] of [own, site].map((d) => [d, files(d)] as const)) {
    for (const f of list)
      hash.update(`${root === own ? "own" : "site"}:${relative(root, f)}\0`).update(readFileSync(f));
  }
  const merged = join(mergedLayoutsRoot(), hash.digest("hex").slice(0, 16));
  if (existsSync(merged)) return merged;
  const fresh = `${merged}.${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  cpSync(own, fresh, { recursive: true });
  cpSync(site, fresh, { recursive: true, force: true });
  try {
    renameSync(fresh, merged);
  } catch {
    rmSync(fresh, { recursive: true, force: true }); // another process put the same folder in place first
  }
  return merged;
}
