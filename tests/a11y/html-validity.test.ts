/**
 * Every built page passes the W3C Nu HTML Checker (vnu.jar from vnu-jar, the checker behind
 * validator.w3.org/nu) with 0 errors: the bundled site and the fixture sites as `serve` shows them,
 * which is every page a production build writes plus drafts and each report's print page.
 * Warnings are listed, never failed.
 * One Java process checks every site; Java 11+ is needed: without it this file is skipped, except
 * in CI (process.env.CI), where it fails and says why.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";

const sites = {
  bundled: "content",
  fixture: "tests/fixtures/valid/content",
  print: "tests/fixtures/print/content",
  languages: "tests/fixtures/languages/content",
} as const;
type SiteName = keyof typeof sites;

/** As `serve` builds: drafts included, and the print page <report>/utskrift/ per report. */
const asServed = { drafts: true, preview: true } as const;

const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/** `java` on PATH, or the runtime vnu-jar's install script may have downloaded; undefined when neither is Java 11+. */
function findJava(): string | undefined {
  const cached = join(vnuJar, "../../../../.cache/vnu-jar/java");
  const candidates = [
    ...(process.env.JAVA_HOME ? [join(process.env.JAVA_HOME, "bin", "java")] : []),
    "java",
    ...(existsSync(cached) ? readdirSync(cached).map((dir) => join(cached, dir, "bin", "java")) : []),
  ];
  return candidates.find((java) => {
    const run = spawnSync(java, ["-version"], { encoding: "utf8" });
    const major = /version "(?:1\.)?(\d+)/.exec(`${run.stderr}${run.stdout}`)?.[1];
    return run.status === 0 && Number(major) >= 11;
  });
}

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** One JVM for every folder: starting it costs more than checking a site. */
function runVnu(java: string, dirs: string[]): Promise<VnuMessage[]> {
  return new Promise((done, fail) => {
    const child = spawn(java, ["-jar", vnuJar, "--format", "json", "--skip-non-html", ...dirs]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", fail);
    // Exit status 1 means "found errors"; the JSON report is on stderr either way.
    child.on("close", (status) => {
      try {
        done((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
      } catch {
        fail(new Error(`vnu.jar exited with ${status} without a report:\n${stderr}${stdout}`));
      }
    });
  });
}

const java = findJava();
const noJava =
  "the W3C Nu HTML Checker (vnu-jar) needs Java 11 or newer, and none was found (JAVA_HOME, PATH): " +
  "install one, for example `sudo apt-get install default-jre-headless`";

/** Where each built folder came from, to name it in messages. */
const built: Array<{ site: SiteName; out: string }> = [];
let messages: VnuMessage[] = [];

/** A message's site, and where it starts: "bundled r/utskrift/index.html:12:59". */
function where(m: VnuMessage): { site?: SiteName; place: string } {
  const file = m.url?.startsWith("file:") ? fileURLToPath(m.url) : (m.url ?? "");
  const from = built.find((b) => file.startsWith(b.out + sep));
  const line = m.firstLine ?? m.lastLine;
  const place = `${from ? `${from.site} ${relative(from.out, file)}` : file || "(no file)"}${line ? `:${line}:${m.firstColumn ?? m.lastColumn ?? 1}` : ""}`;
  return { ...(from && { site: from.site }), place };
}

/** What a failing test prints per error: where, the checker's message, and the markup it points at. */
const describeMessage = (m: VnuMessage): string =>
  `${where(m).place}  ${m.message}${m.extract ? `  ⟨${m.extract.replace(/\s+/g, " ").trim()}⟩` : ""}`;

describe.skipIf(!java && !process.env.CI)("W3C Nu HTML Checker", () => {
  beforeAll(async () => {
    if (!java) throw new Error(noJava);
    for (const [site, contentDir] of Object.entries(sites) as Array<[SiteName, string]>)
      built.push({ site, out: await buildInto(contentDir, asServed) });
    messages = await runVnu(
      java,
      built.map((b) => b.out),
    );
    // Warnings, one line per kind with how often and where first: worth a look, not a failure.
    const warnings = new Map<string, VnuMessage[]>();
    for (const m of messages.filter((m) => m.type === "info"))
      warnings.set(m.message, [...(warnings.get(m.message) ?? []), m]);
    if (warnings.size > 0) {
      console.info(
        [
          "vnu warnings (not failures):",
          ...[...warnings].map(([text, all]) => `  ${all.length}× ${text}\n     first: ${where(all[0]!).place}`),
        ].join("\n"),
      );
    }
  }, 180_000);

  it("checked every site's pages and print pages", () => {
    for (const { out } of built) {
      const pages = readdirSync(out, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith(".html"));
      expect(pages.length, out).toBeGreaterThan(3);
      expect(
        pages.some((f) => f.endsWith(`utskrift${sep}index.html`)),
        out,
      ).toBe(true);
    }
  });

  // Anything but "info" fails: errors, and files the checker could not read.
  it("found no error outside a site folder", () => {
    expect(messages.filter((m) => m.type !== "info" && !where(m).site).map(describeMessage)).toEqual([]);
  });

  for (const site of Object.keys(sites) as SiteName[]) {
    it(`${site}: every page has 0 errors`, () => {
      const errors = messages.filter((m) => m.type !== "info" && where(m).site === site);
      expect(errors.map(describeMessage)).toEqual([]);
    });
  }
});
