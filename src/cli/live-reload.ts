/**
 * Live reload for `serve`: pages get a small script that listens for build
 * events and reloads when a build finished since the page was loaded. A new
 * server process (after a TypeScript change) has a new id, so its first event
 * reloads too.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export const EVENTS_PATH = "/__samling/events";

export const reloadScript = `<script>(() => { let seen; const events = new EventSource("${EVENTS_PATH}"); events.onmessage = (e) => { if (seen !== undefined && e.data !== seen) location.reload(); seen = e.data; }; })();</script>`;

export class LiveReload {
  private readonly clients = new Set<ServerResponse>();
  /** Differs between server processes, so pages reload after a restart. */
  private readonly run = randomBytes(4).toString("hex");
  private builds = 0;

  get version(): string {
    return `${this.run}-${this.builds}`;
  }

  /** Call after every build, good or bad. */
  built(): void {
    this.builds++;
    for (const res of this.clients) res.write(`data: ${this.version}\n\n`);
  }

  /** Serves the event stream; true when the request was for it. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.url !== EVENTS_PATH) return false;
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    res.write(`data: ${this.version}\n\n`);
    this.clients.add(res);
    req.on("close", () => this.clients.delete(res));
    return true;
  }
}
