/**
 * Ctrl+C or SIGTERM while `samling build` prints its PDFs: the process ends
 * at once with the usual code, the browser is gone, no temporary folder is
 * left, and the site built before is byte for byte as it was. The report is
 * made long (a few hundred paragraphs) so that it is still being laid out
 * when the signal comes.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishSite } from "../../src/publish/publish-site.ts";
import { snapshot } from "../helpers/html.ts";

const WORDS =
  "samarbeid kommune helsefellesskap innbygger tjeneste oppgavedeling kompetanse frivillighet forventning ressurs ledelse tillit dialog".split(
    " ",
  );

/** The valid fixture with one long text block: minutes of Paged.js layout. */
function longContent(root: string): string {
  const content = join(root, "content");
  cpSync("tests/fixtures/valid/content", content, { recursive: true });
  const paragraphs = Array.from(
    { length: 1500 },
    (_, i) => Array.from({ length: 40 }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join(" ") + ".",
  );
  writeFileSync(
    join(content, "reports/2024-03-01-alle-blokker/13-lang.md"),
    `---\ntitle: Lang tekst\n---\n${paragraphs.join("\n\n")}\n`,
  );
  return content;
}

const hashes = (dir: string) =>
  new Map([...snapshot(dir)].map(([file, bytes]) => [file, createHash("sha256").update(bytes).digest("hex")]));

/** Linux: the processes whose parent is `pid`, with their command names. */
function children(pid: number): Array<{ pid: number; name: string }> {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, "utf8");
        const [, name, rest] = /^\d+ \((.*)\) (.*)$/s.exec(stat)!;
        return Number(rest!.split(" ")[1]) === pid ? [{ pid: Number(d), name: name! }] : [];
      } catch {
        return [];
      }
    });
}

/** Running, not gone or a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function until<T>(what: string, probe: () => T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
    await sleep(100);
  }
}

describe.runIf(process.platform === "linux")("interrupting samling build while it prints", () => {
  for (const [signal, code] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const) {
    it(`${signal}: exits ${code} at once, closes the browser, leaves no temporary folder and the previous site as it was`, async () => {
      const root = mkdtempSync(join(tmpdir(), "samling-interrupt-"));
      const content = longContent(root);
      const out = join(root, "_site");
      expect((await publishSite({ contentDir: content, outDir: out })).ok).toBe(true);
      const before = hashes(out);

      const child = spawn(process.execPath, ["bin/samling.mjs", "build", "--content", content, "--out", out], {
        env: { ...process.env, SAMLING_CACHE: join(root, "cache") },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
        child.on("exit", (c, s) => ok({ code: c, signal: s })),
      );

      // Printing has begun once the build has started its browser.
      const browser = await until(
        "the browser to start",
        () => children(child.pid!).find((c) => /chrom/i.test(c.name)),
        90_000,
      );
      await sleep(1500);
      expect(child.exitCode, stderr).toBeNull();
      expect(readdirSync(root).filter((f) => f.startsWith("._site."))).not.toEqual([]);

      const sent = performance.now();
      child.kill(signal);
      const { code: exitCode } = await exited;
      expect((performance.now() - sent) / 1000).toBeLessThan(5);
      expect(exitCode, stderr).toBe(code);

      await until("the browser to be gone", () => (alive(browser.pid) ? undefined : true), 3000);
      expect(readdirSync(root).sort()).toEqual(
        ["_site", "content"].concat(existsSync(join(root, "cache")) ? ["cache"] : []).sort(),
      );
      expect(hashes(out)).toEqual(before);
    });
  }
});
