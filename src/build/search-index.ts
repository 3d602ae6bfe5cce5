/**
 * Search: Pagefind indexes the rendered site (report bodies only, marked
 * data-pagefind-body) per language, with its Norwegian and English stemming,
 * and writes a static index the search page queries in the browser — no
 * server beyond static files.
 */
import * as pagefind from "pagefind";

export async function indexSite(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`search index: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
