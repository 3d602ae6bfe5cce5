/**
 * `samling init`: a site of one's own from flags, nothing asked; its content
 * checks and builds with no report yet, its example report is a draft whose
 * template text check points at, its editor schema lines reach the installed
 * package's schemas, and a folder with files in it is never written into.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/pipeline/check.ts";
import { publishSite } from "../../src/publish/publish-site.ts";
import { initSite } from "../../src/scaffold/init-site.ts";

const samling = resolve("bin/samling.mjs");
const base = () => mkdtempSync(join(tmpdir(), "samling-init-"));
const cli = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [samling, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("samling init", () => {
  it("writes a site from flags without asking, and says what to do next", () => {
    const dir = base();
    const r = cli(
      dir,
      "init",
      "agder",
      "--name",
      "Helsefellesskapet Agder",
      "--url",
      "https://rapporter.agder.no/",
      "--color",
      "#1e4b7a",
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Nytt nettsted i agder/:");
    expect(r.stdout).toContain("cd agder && npm install");
    for (const file of [
      "package.json",
      "README.md",
      ".gitignore",
      ".github/workflows/publish.yml",
      ".gitlab-ci.yml",
      ".vscode/settings.json",
      ".vscode/extensions.json",
      "assets/README.md",
      "content/site.yaml",
      "content/themes.yaml",
      "content/reports/README.md",
      "content/losninger/README.md",
    ])
      expect(existsSync(join(dir, "agder", file)), file).toBe(true);
    const pkg = JSON.parse(readFileSync(join(dir, "agder", "package.json"), "utf8"));
    // A caret range from a 1.x version: `npm update samling` takes every later 1.x (a 0.x caret would stop at patches).
    const version: string = JSON.parse(readFileSync("package.json", "utf8")).version;
    expect(pkg.dependencies).toEqual({ samling: `^${version}` });
    expect(Number(version.split(".")[0])).toBeGreaterThanOrEqual(1);
    expect(Object.keys(pkg.scripts)).toEqual(["build", "check", "serve", "new", "import"]);
    expect(pkg.allowScripts).toMatchObject({ esbuild: true, sharp: true });
  });

  it("makes content that checks and builds with no report yet", async () => {
    const dir = join(base(), "telemark");
    expect(
      initSite({
        folder: dir,
        name: "Helsefellesskapet Telemark",
        siteLang: "nn",
        samlingSpec: "0.1.0",
        today: "2025-05-20",
      }).ok,
    ).toBe(true);
    const content = join(dir, "content");
    expect(check(content).diagnostics).toEqual([]);
    const site = readFileSync(join(content, "site.yaml"), "utf8");
    expect(site).toContain("name: Helsefellesskapet Telemark\n");
    expect(site).toContain("lang: nn\n");
    expect(await publishSite({ contentDir: content, outDir: join(dir, "_site") })).toMatchObject({
      ok: true,
      reports: 0,
    });
  });

  it("adds an example report marked as one, a draft that check --strict lets pass", () => {
    const dir = join(base(), "vestfold");
    const r = initSite({
      folder: dir,
      name: "Vestfold",
      siteLang: "nb",
      example: true,
      samlingSpec: "0.1.0",
      today: "2025-05-20",
    });
    if (!r.ok) throw new Error(r.error);
    expect(r.example).toBe("2025-05-20-eksempel-partnerskapsmote");
    const { diagnostics, model } = check(join(dir, "content"), { strict: true, drafts: true });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === "template/example-text").length).toBeGreaterThan(5);
    expect(model!.reports[0]).toMatchObject({ title: "Eksempel: partnerskapsmøte", status: "draft" });
  });

  it("points the editor's schema lines at the schemas of the package the site installs", () => {
    const dir = join(base(), "innlandet");
    initSite({
      folder: dir,
      name: "Innlandet",
      siteLang: "nb",
      example: true,
      samlingSpec: "0.1.0",
      today: "2025-05-20",
    });
    mkdirSync(join(dir, "node_modules"), { recursive: true });
    symlinkSync(resolve("."), join(dir, "node_modules", "samling"));
    const files = [
      join(dir, "content", "site.yaml"),
      join(dir, "content", "themes.yaml"),
      join(dir, "content", "reports", "2025-05-20-eksempel-partnerskapsmote", "report.yaml"),
    ];
    for (const file of files) {
      const line = readFileSync(file, "utf8").split("\n")[0]!;
      const target = /\$schema=(.+)$/.exec(line)?.[1];
      expect(target, file).toMatch(/node_modules\/samling\/docs\/schema\/\w+\.schema\.json$/);
      expect(existsSync(resolve(dirname(file), target!)), target).toBe(true);
    }
  });

  it("never writes into a folder with files in it, and refuses a wrong address or colour", () => {
    const dir = base();
    mkdirSync(join(dir, "opptatt"));
    writeFileSync(join(dir, "opptatt", "notat.txt"), "mitt");
    const r = cli(dir, "init", "opptatt", "--name", "X");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("samling: opptatt finnes og er ikke tom. Velg en ny mappe.\n");
    expect(readFileSync(join(dir, "opptatt", "notat.txt"), "utf8")).toBe("mitt");
    expect(cli(dir, "init", "ny", "--name", "X", "--url", "rapporter.no").stderr).toContain("er ikke en hel adresse");
    expect(cli(dir, "init", "ny", "--name", "X", "--color", "blå").stderr).toContain("er ikke en farge som #RRGGBB");
    expect(existsSync(join(dir, "ny"))).toBe(false);
  });

  it("asks nothing without a terminal, and says a name is needed", () => {
    const r = cli(base(), "init", "uten-navn");
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('samling: init trenger et navn: samling init mitt-nettsted --name "Helsefellesskapet"\n');
  });
});
