/**
 * Which requests a server on this machine answers: only those whose Host is
 * one of its own names (127.0.0.1, localhost, [::1], and any the writer adds
 * with --host), and, where a browser says where a request comes from (Origin),
 * only from those names too. A web page elsewhere can otherwise reach a local
 * server through DNS rebinding — a name of its own that resolves to
 * 127.0.0.1 — and read what it serves (drafts, here); Vite closed the same
 * hole with its allowed-hosts check.
 */

/** The names every local server answers to. */
export const LOCAL_HOSTS: readonly string[] = ["127.0.0.1", "localhost", "[::1]"];

/** The host name of a Host header, without its port: "localhost:8080" → "localhost", "[::1]:8080" → "[::1]". */
export function hostName(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith("[")) return trimmed.slice(0, trimmed.indexOf("]") + 1);
  const colon = trimmed.lastIndexOf(":");
  return colon === -1 ? trimmed : trimmed.slice(0, colon);
}

/** A request's Host is one of the allowed names (a missing Host, as from HTTP/1.0, is not). */
export function hostAllowed(host: string | undefined, extra: readonly string[] = []): boolean {
  if (!host) return false;
  const name = hostName(host);
  return [...LOCAL_HOSTS, ...extra.map((h) => h.toLowerCase())].includes(name);
}

/**
 * A request's Origin, when a browser sent one, names an allowed host. Browsers send no Origin with a
 * page's own GET requests (its script, its event stream), so a missing Origin is allowed; the Host
 * check stands behind it.
 */
export function originAllowed(origin: string | undefined, extra: readonly string[] = []): boolean {
  if (origin === undefined) return true;
  try {
    return hostAllowed(new URL(origin).host, extra);
  } catch {
    return false; // "null" (a sandboxed page, a file) or garbage
  }
}
