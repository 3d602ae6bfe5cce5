/**
 * Search: Pagefind indexes the rendered site (report bodies only, marked
 * data-pagefind-body) per language, with its Norwegian and English stemming,
 * into a static index the search page queries in the browser — no server
 * beyond static files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";

export async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`search index: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join("; ")}`);
    // Take the files from Pagefind and write them ourselves: its own writer works in
    // the background, and closing it too soon could leave a file half written.
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`search index: ${fileErrors.join("; ")}`);
    for (const file of files) {
      const target = join(siteDir, "pagefind", file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
