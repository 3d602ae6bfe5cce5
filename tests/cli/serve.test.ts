/** `samling serve` builds, serves on 127.0.0.1 and rebuilds when content changes. */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "samling-serve-"));
const content = join(dir, "content");
cpSync("tests/fixtures/valid/content", content, { recursive: true });
const port = 18_000 + (process.pid % 1000);
const child = spawn(process.execPath, ["bin/samling.mjs", "serve", "--content", content, "--out", join(dir, "_site"), "--port", String(port)]);
let output = "";
child.stdout.on("data", (d) => (output += d));
child.stderr.on("data", (d) => (output += d));
afterAll(() => child.kill());

async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; output:\n${output}`);
}

describe("samling serve", () => {
  it("serves the built site and rebuilds on change", async () => {
    await until(async () => (output.includes(`http://127.0.0.1:${port}/`) ? true : undefined), "the server");
    const page = await fetch(`http://127.0.0.1:${port}/2024-03-01-alle-blokker/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("Alle blokker");
    expect((await fetch(`http://127.0.0.1:${port}/../../etc/passwd`)).status).toBe(404);

    const file = join(content, "reports/2024-03-01-alle-blokker/report.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("title: Alle blokker", "title: Endret tittel"));
    await until(async () => {
      const html = await (await fetch(`http://127.0.0.1:${port}/2024-03-01-alle-blokker/`)).text();
      return html.includes("Endret tittel") ? true : undefined;
    }, "the rebuild");
  });
});
