/** A small static file server for the built site, on 127.0.0.1 only. */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { hostAllowed, originAllowed } from "./local-origin.ts";

/** Content types by file extension: for the files it serves, and the pages serve renders (cli/serve.ts). */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".xml": "application/xml",
};

/** The file a URL path names inside `root`, or undefined — never a path outside `root`. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split("?")[0]!.split("#")[0]!);
  const path = resolve(root, "." + normalize("/" + decoded));
  if (!path.startsWith(resolve(root))) return undefined;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, "index.html") : path;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export interface ServerOptions {
  /** Assets may be cached for the run (the print step serves a finished folder). */
  cacheAssets?: boolean;
  /** The path the site is published under ("/rapporter/"): requests under it are served from the root. */
  pathPrefix?: () => string;
  /**
   * Answer only requests whose Host (and Origin, when sent) is a local name or one of these
   * (shared/local-origin.ts); others get 403. Left out, every request is answered (the print step's
   * server, which only the build's own browser asks).
   */
  allowedHosts?: readonly string[];
  /** Answers a request itself (serve: live reload, error page); returns false to let the file be served. */
  intercept?: (req: IncomingMessage, res: ServerResponse, file: string | undefined) => boolean;
}

/** Serves `root` on 127.0.0.1; port 0 picks a free one (see `server.address()`). */
export function startStaticServer(root: string, port: number, options: ServerOptions = {}): Promise<Server> {
  const server = createServer((req, res) => {
    const hosts = options.allowedHosts;
    if (hosts && !(hostAllowed(req.headers.host, hosts) && originAllowed(req.headers.origin, hosts))) {
      res.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end("403: not a local address");
      return;
    }
    let file: string | undefined;
    const prefix = options.pathPrefix?.() ?? "/";
    const url = req.url ?? "/";
    try {
      file = resolveFile(root, prefix !== "/" && url.startsWith(prefix) ? url.slice(prefix.length - 1) : url);
    } catch {
      file = undefined;
    }
    if (options.intercept?.(req, res, file)) return;
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("404");
      return;
    }
    // The print step serves a finished folder: its assets may be cached for the run.
    const cache =
      options.cacheAssets && !file.endsWith(".html")
        ? { "cache-control": "max-age=3600" }
        : { "cache-control": "no-cache" };
    // A file may go between finding and reading it (serve swaps in a rebuilt site): a 404, never a crash.
    const stream = createReadStream(file);
    stream.once("open", () => {
      res.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream", ...cache });
      stream.pipe(res);
    });
    stream.once("error", () =>
      res.headersSent ? res.destroy() : res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("404"),
    );
  });
  return new Promise((ok, fail) => server.once("error", fail).listen(port, "127.0.0.1", () => ok(server)));
}
