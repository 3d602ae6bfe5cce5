/**
 * `serve` never touches the published output: a built site stays byte for byte
 * as it was through a preview with an edit, a broken edit and a stop, even when
 * serve is given the same --out. And it answers only its own addresses: a
 * request with a foreign Host (DNS rebinding) or a foreign Origin gets 403.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "samling-serve-out-"));
const content = join(dir, "content");
cpSync("tests/fixtures/valid/content", content, { recursive: true });
const site = join(dir, "_site");
const serveDir = join(dir, "serving");
const port = 19_000 + (process.pid % 1000);
const env = { ...process.env, SAMLING_SERVE_DIR: serveDir, SAMLING_PARSE_CACHE: join(dir, "parse") };

/** Every file of a folder with the hash of its bytes. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(root, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(root);
  return out;
}

/** A GET with the headers given as they are (fetch would not let a test set Host). */
const raw = (path: string, headers: Record<string, string>) =>
  new Promise<{ status: number; body: string }>((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      // The event stream never ends: its first event is enough.
      const done = () => ok({ status: res.statusCode ?? 0, body });
      res.on("end", done);
      if (res.headers["content-type"]?.includes("event-stream")) res.once("data", () => (res.destroy(), done()));
    });
    req.on("error", fail).end();
  });

let output = "";
let child: ReturnType<typeof spawn>;
let before: Record<string, string>;
const block = join(content, "reports", "2024-03-01-alle-blokker");

async function until(probe: () => Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; output:\n${output}`);
}
const page = async (path: string) => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { accept: "text/html" } });
  return { status: res.status, html: await res.text() };
};

beforeAll(async () => {
  const built = spawnSync(
    process.execPath,
    ["bin/samling.mjs", "build", "--no-pdf", "--content", content, "--out", site],
    {
      encoding: "utf8",
      env,
    },
  );
  expect(built.status, built.stderr).toBe(0);
  before = snapshot(site);
  child = spawn(
    process.execPath,
    [
      "bin/samling.mjs",
      "serve",
      "--content",
      content,
      "--out",
      site,
      "--port",
      String(port),
      "--host",
      "rapport.local",
    ],
    { env },
  );
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  await until(async () => output.includes(`http://127.0.0.1:${port}/`), "the server");
});
afterAll(() => child?.kill());

describe("serve and the published site", () => {
  it("previews from a folder of its own", async () => {
    expect((await page("/")).status).toBe(200);
    expect(existsSync(join(serveDir, "assets", "css", "samling.css"))).toBe(true);
  });

  it("leaves the built site byte for byte as it was through an edit, a broken edit and a stop", async () => {
    const text = readdirSync(block).find((f) => f.endsWith(".md"))!;
    const file = join(block, text);
    writeFileSync(file, `${readFileSync(file, "utf8")}\n\nEn setning skrevet under forhåndsvisningen.\n`);
    await until(
      async () => (await page("/2024-03-01-alle-blokker/")).html.includes("skrevet under forhåndsvisningen"),
      "the edit",
    );
    const yaml = join(block, "report.yaml");
    writeFileSync(yaml, `${readFileSync(yaml, "utf8")}\ntitle: [ uavsluttet\n`);
    await until(async () => (await page("/2024-03-01-alle-blokker/")).status === 500, "the error page");
    child.kill("SIGINT");
    await new Promise((r) => child.once("exit", r));
    expect(snapshot(site)).toEqual(before);
  });
});

describe("who serve answers", () => {
  let server: ReturnType<typeof spawn>;
  beforeAll(async () => {
    cpSync("tests/fixtures/valid/content", content, { recursive: true, force: true });
    output = "";
    server = spawn(
      process.execPath,
      [
        "bin/samling.mjs",
        "serve",
        "--content",
        content,
        "--out",
        join(dir, "_site2"),
        "--port",
        String(port),
        "--host",
        "rapport.local",
      ],
      { env },
    );
    server.stdout!.on("data", (d) => (output += d));
    server.stderr!.on("data", (d) => (output += d));
    await until(async () => output.includes(`http://127.0.0.1:${port}/`), "the server");
  });
  afterAll(() => server?.kill());

  it("answers its own addresses and the names given with --host", async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `rapport.local:${port}`]) {
      expect((await raw("/", { host, accept: "text/html" })).status, host).toBe(200);
    }
  });

  it("refuses a foreign Host with 403: a page elsewhere cannot read the drafts through DNS rebinding", async () => {
    const r = await raw("/2024-03-01-alle-blokker/", { host: "evil.example.com", accept: "text/html" });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain("<html");
  });

  it("refuses the live-reload channel to a page from another origin", async () => {
    const events = "/__samling/events";
    expect((await raw(events, { host: `127.0.0.1:${port}` })).status).toBe(200);
    expect((await raw(events, { host: `127.0.0.1:${port}`, origin: `http://localhost:${port}` })).status).toBe(200);
    expect((await raw(events, { host: `127.0.0.1:${port}`, origin: "http://evil.example.com" })).status).toBe(403);
  });
});
