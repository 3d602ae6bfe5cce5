/**
 * An item's themes as links to their pages. Written here rather than in a
 * template partial: a report has hundreds of items, and an include per item
 * is the slowest thing a Nunjucks loop can do.
 * The tags are not words of the report for search (data-pagefind-ignore): the
 * theme pages gather by theme. Pagefind's filters could do it inside search,
 * but its filter index differs from build to build, and builds here are
 * byte-identical.
 */
import type { ThemeLink } from "../model/types.ts";
import { escapeHtml, withPrefix } from "./html.ts";

export function themeTags(themes: readonly ThemeLink[] | undefined, pathPrefix: string, label: string): string {
  if (!themes?.length) return "";
  const links = themes.map((t) => ` <a class="theme-tag" href="${escapeHtml(withPrefix(pathPrefix, t.url))}">${escapeHtml(t.name)}</a>`);
  return `<span class="theme-tags" data-pagefind-ignore><span class="visually-hidden">${escapeHtml(label)}:</span>${links.join("")}</span>`;
}
