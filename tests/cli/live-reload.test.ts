import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { EVENTS_PATH, LiveReload } from "../../src/cli/live-reload.ts";

/** A request for the event stream, and what the server wrote back. */
function listen(live: LiveReload, url = EVENTS_PATH) {
  const written: string[] = [];
  const req = Object.assign(new EventEmitter(), { url }) as unknown as IncomingMessage;
  const res = { writeHead: () => res, write: (s: string) => written.push(s) } as unknown as ServerResponse;
  return { handled: live.handle(req, res), written, close: () => (req as unknown as EventEmitter).emit("close") };
}

describe("live reload", () => {
  it("tells a page the current build at once, and every new build after", () => {
    const live = new LiveReload();
    const page = listen(live);
    expect(page.handled).toBe(true);
    live.built();
    expect(page.written).toHaveLength(2);
    expect(page.written[0]).not.toBe(page.written[1]);
    page.close();
    live.built();
    expect(page.written).toHaveLength(2);
  });
  it("reloads pages after a restart: a new server process starts from another version", () => {
    expect(new LiveReload().version).not.toBe(new LiveReload().version);
  });
  it("leaves other requests to the file server", () => {
    expect(listen(new LiveReload(), "/index.html").handled).toBe(false);
  });
});
