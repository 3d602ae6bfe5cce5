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

/** The solution an item tells of, linked after its themes: «Løsning: Kombistillinger». */
export interface SolutionTag {
  name: string;
  url: string;
}

export function themeTags(
  themes: readonly ThemeLink[] | undefined,
  pathPrefix: string,
  labels: { themes: string; solution: string },
  solution?: SolutionTag,
): string {
  const tags = (themes ?? []).map(
    (t) => ` <a class="theme-tag" href="${escapeHtml(withPrefix(pathPrefix, t.url))}">${escapeHtml(t.name)}</a>`,
  );
  const themePart = tags.length
    ? `<span class="visually-hidden">${escapeHtml(labels.themes)}:</span>${tags.join("")}`
    : "";
  const solutionPart = solution
    ? ` <a class="solution-tag" href="${escapeHtml(withPrefix(pathPrefix, solution.url))}">${escapeHtml(labels.solution)}: ${escapeHtml(solution.name)}</a>`
    : "";
  if (!themePart && !solutionPart) return "";
  return `<span class="theme-tags" data-pagefind-ignore>${themePart}${solutionPart}</span>`;
}
