/**
 * The site's own address in its parts: the path it is published under, and
 * full addresses made from it. Pure string work, used by the model (the path
 * prefix) and by render (canonical addresses, feeds).
 */

/** The path part of the site's address, as Eleventy's path prefix: "https://x.no/rapporter" → "/rapporter/". */
export function pathPrefixOf(siteUrl: string | undefined): string {
  if (!siteUrl) return "/";
  const path = new URL(siteUrl).pathname;
  return path.endsWith("/") ? path : `${path}/`;
}

/** The site's address with a path on it: "https://x.no/rapporter/" + "/a/" → "https://x.no/rapporter/a/". */
export function absoluteUrl(base: string, path: string): string {
  return new URL(path.replace(/^\//, ""), base.endsWith("/") ? base : `${base}/`).href;
}
