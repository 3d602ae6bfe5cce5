/**
 * The site's icon, so no page asks for a /favicon.ico that is not there: the
 * site's logo when it is an SVG, otherwise a square in the site's main colour
 * with the first letter of its name, white on the colour (the header's own
 * pairing, whose contrast check covers it).
 */
import type { Site } from "../schema/site.ts";
import { escapeHtml } from "./html.ts";

/** samling's own main colour (assets/css/tokens.css), when the site names none. */
export const DEFAULT_PRIMARY = "#1e4b7a";

/** Where the icon is: the SVG logo, or the icon made for the site. */
export const siteIconPath = (site: Pick<Site, "logo">): string =>
  site.logo && /\.svg$/i.test(site.logo) ? site.logo : "/favicon.svg";

/** The icon made from the site's colour and the first letter of its name. */
export function siteIconSvg(site: Pick<Site, "name" | "colors">): string {
  const colour = site.colors?.primary ?? DEFAULT_PRIMARY;
  const letter = escapeHtml([...site.name.trim()][0]?.toUpperCase() ?? "");
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="12" fill="${colour}"/>`,
    `<text x="32" y="44" text-anchor="middle" font-family="Inter, Arial, sans-serif" font-size="36" font-weight="700" fill="#fff">${letter}</text>`,
    "</svg>",
    "",
  ].join("\n");
}
