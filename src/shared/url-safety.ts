/**
 * Links in content may point to the web, to e-mail or phone, or within the
 * site. Script-bearing schemes (javascript:, data:, vbscript: …) are refused.
 * Returns the offending scheme, or undefined when the link is safe.
 */
const ALLOWED = new Set(["http", "https", "mailto", "tel"]);

export function unsafeScheme(href: string): string | undefined {
  // Browsers ignore control characters and whitespace inside a scheme ("java\nscript:").
  const cleaned = href.replace(/[\u0000-\u0020\u007f]/g, "");
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!m) return undefined; // relative link, anchor or path
  const scheme = m[1]!.toLowerCase();
  return ALLOWED.has(scheme) ? undefined : `${scheme}:`;
}
