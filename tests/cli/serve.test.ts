/**
 * A writer's first report, as a new user goes through it: `samling new`,
 * `samling serve`, fill in a file and see the page update by itself, make a
 * mistake and read the fix in the browser, fix it, preview the print layout,
 * and build the PDF.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrowser } from "../../src/print/find-browser.ts";
import { launchBrowser } from "../../src/print/print-pdfs.ts";

const dir = mkdtempSync(join(tmpdir(), "samling-serve-"));
const content = join(dir, "content");
mkdirSync(join(content, "reports"), { recursive: true });
writeFileSync(join(content, "site.yaml"), "name: Kommunen\n");
const port = 18_000 + (process.pid % 1000);
const base = `http://127.0.0.1:${port}`;
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/samling.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, SAMLING_CACHE: join(dir, "cache") },
  });

const id = "2025-05-20-forste-rapport";
const reportFile = join(content, "reports", id, "report.yaml");
const edit = (from: string | RegExp, to: string) =>
  writeFileSync(reportFile, readFileSync(reportFile, "utf8").replace(from, to));

let output = "";
let child: ReturnType<typeof spawn>;
let browser: Browser;

async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; output:\n${output}`);
}
const get = async (path: string) => {
  const res = await fetch(base + path, { headers: { accept: "text/html" } });
  return { status: res.status, type: res.headers.get("content-type") ?? "", html: await res.text() };
};

beforeAll(async () => {
  const made = cli("new", "Første rapport", "--date", "2025-05-20", "--shape", "partnership", "--content", content);
  expect(made.status, made.stderr).toBe(0);
  expect(made.stdout).toContain(`http://127.0.0.1:8080/${id}/`);
  child = spawn(process.execPath, [
    "bin/samling.mjs",
    "serve",
    "--content",
    content,
    "--out",
    join(dir, "_site"),
    "--port",
    String(port),
  ]);
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  await until(async () => (output.includes(`${base}/`) ? true : undefined), "the server");
  browser = await launchBrowser(findBrowser()!);
});
afterAll(async () => {
  child?.kill();
  await browser?.close();
});

describe("writing a first report with serve", () => {
  it("shows the new draft, with a link to its print preview", async () => {
    const { status, type, html } = await get(`/${id}/`);
    expect(status).toBe(200);
    expect(type).toContain("text/html");
    expect(html).toContain("Første rapport");
    expect(html).toContain("UTKAST");
    expect(html).toContain(`<a href="/${id}/utskrift/">Forhåndsvis utskrift</a>`);
    expect((await fetch(`${base}/../../etc/passwd`)).status).toBe(404);
  });

  it("reloads the open page by itself when a file is saved", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/${id}/`);
    await page.waitForFunction("document.readyState === 'complete'");
    edit("place: Sted", "place: Kristiansand");
    await page.waitForFunction("document.body.innerText.includes('Kristiansand')", undefined, { timeout: 60_000 });
    await page.close();
  });

  it("shows a mistake in the browser with file, line and the fix, and recovers when it is fixed", async () => {
    edit("date: 2025-05-20", "date: 2025-13-01");
    const broken = await until(async () => {
      const r = await get(`/${id}/`);
      return r.status === 500 ? r.html : undefined;
    }, "the error page");
    const line =
      readFileSync(reportFile, "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith("date:")) + 1;
    expect(broken).toContain(`reports/${id}/report.yaml:${line}:7`);
    expect(broken).toContain("«2025-13-01» er ikke en gyldig dato");
    expect(broken).toContain("→ Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2024-10-25, og sjekk at dagen finnes.");
    expect(broken).toContain("/__samling/events");
    expect(output).toContain("date/invalid");

    edit("date: 2025-13-01", "date: 2025-05-20");
    await until(async () => ((await get(`/${id}/`)).status === 200 ? true : undefined), "the page to come back");
  });

  it("previews the print layout in the browser, laid out in pages by Paged.js", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/${id}/utskrift/`);
    const pages = await page.waitForFunction("window.samlingPaged && window.samlingPaged.pages", undefined, {
      timeout: 60_000,
    });
    expect(Number(await pages.jsonValue())).toBeGreaterThan(2);
    expect(await page.locator(".pagedjs_page").count()).toBe(Number(await pages.jsonValue()));
    // Sheets on a grey desk: the screen-only preview stylesheet is applied (Paged.js drops screen rules it processes).
    expect(await page.evaluate("getComputedStyle(document.documentElement).backgroundColor")).toBe(
      "rgb(217, 217, 217)",
    );
    await page.close();
  });

  it("refuses to publish the template's example text, and builds the PDF once it is replaced", () => {
    edit("status: draft", "status: published");
    const out = join(dir, "published");
    const refused = cli("build", "--strict", "--content", content, "--out", out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("eksempeltekst fra malen");
    expect(existsSync(out)).toBe(false);
    // The writer puts their own words on every line check points at.
    const found = JSON.parse(cli("check", "--format", "json", "--content", content).stdout) as {
      diagnostics: Array<{ file: string; line: number; rule: string; message: string }>;
    };
    for (const [i, d] of found.diagnostics.filter((d) => d.rule === "template/example-text").entries()) {
      const lines = readFileSync(d.file, "utf8").split("\n");
      const example = /«(.+)»$/.exec(d.message)![1]!; // «eksempeltekst fra malen: «Et punkt»»
      lines[d.line - 1] = lines[d.line - 1]!.replace(example, `Innspill ${i + 1} fra bordene`);
      writeFileSync(d.file, lines.join("\n"));
    }
    const r = cli("build", "--strict", "--content", content, "--out", out);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, id, `${id}.pdf`))).toBe(true);
  });
});
