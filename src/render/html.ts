/** Small helpers for the few places TS writes HTML itself. */

/** Text safe inside an element or a quoted attribute. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A site-relative address under the site's path prefix: ("/rapporter/", "/tema/x/") → "/rapporter/tema/x/".
 * Full addresses (https://…, //…) are left as they are.
 */
export const withPrefix = (prefix: string, path: string): string =>
  /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(path)
    ? path
    : `${prefix.replace(/\/$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
