/** Small helpers for the few places TS writes HTML itself. */

/** Text safe inside an element or a quoted attribute. */
export const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A site-relative address under the site's path prefix: ("/rapporter/", "/tema/x/") → "/rapporter/tema/x/". */
export const withPrefix = (prefix: string, path: string): string => `${prefix.replace(/\/$/, "")}${path}`;
