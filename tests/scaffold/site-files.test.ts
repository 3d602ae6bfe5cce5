/**
 * The files `samling init` copies into a new site (src/scaffold/site/), read
 * as init writes them: placeholders filled in. The GitHub workflow passes
 * actionlint (and a broken copy does not), the GitLab pipeline runs the same
 * samling commands, the editor settings point at schemas the package ships,
 * and the READMEs are there in every language the site may have.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { projectDir } from "../../src/shared/project-dir.ts";
import { actionlint } from "../helpers/actionlint.ts";
import { fillPlaceholders } from "../../src/scaffold/placeholders.ts";

const SITE = join(projectDir, "src/scaffold/site");
const VALUES: Record<string, string> = { name: "Helsefellesskapet Agder", siteLang: "nb", nodeVersion: "22" };
const LANGS = ["nb", "nn", "en"] as const;

/** A template with its `{{key}}`s replaced, as init does; an unknown key is a mistake in the template. */
const filled = (path: string): string => {
  const text = fillPlaceholders(readFileSync(join(SITE, path), "utf8"), VALUES);
  const left = /\{\{\w+\}\}/.exec(text);
  if (left) throw new Error(`${path}: unknown placeholder ${left[0]}`);
  return text;
};

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)) : [relative(SITE, join(dir, e.name))],
  );

/** A path into the installed package, `node_modules/samling/…`, as a path in this repository (the package's source). */
const inPackage = (path: string): string => {
  const m = /^(?:\.\/)?node_modules\/samling\/(.+)$/.exec(path);
  if (!m) throw new Error(`not a path into the samling package: ${path}`);
  return join(projectDir, m[1]!);
};

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string };
  jobs: Record<string, { "runs-on": string; if?: string; permissions?: Record<string, string>; steps: Step[] }>;
}
interface GitlabJob {
  image?: string;
  rules?: { if: string }[];
  script: string[];
  artifacts?: { paths: string[] };
}

const workflow = (): Workflow => load(filled("github/workflows/publish.yml")) as Workflow;
type Pipeline = Record<string, GitlabJob> & { default: { image: string } };
const gitlab = (): Pipeline => load(filled("gitlab-ci.yml")) as Pipeline;

const BROWSER = "bash node_modules/samling/scripts/find-or-install-browser.sh";

/** The samling commands of a job's lines, without the flags that only say where output goes or how problems are shown. */
const samlingCommands = (lines: readonly string[]): string[] =>
  lines.flatMap((line) => {
    const m = /^npx samling (.+)$/.exec(line.trim());
    return m ? [m[1]!.replace(/\s+--(?:format|out)(?:=|\s+)\S+/g, "").trim()] : [];
  });

describe("the site template's files", () => {
  it("are stored without a leading dot (npm pack drops .gitignore) and use only init's placeholders", () => {
    const files = filesIn(SITE);
    expect(files.filter((f) => f.split("/").some((part) => part.startsWith(".")))).toEqual([]);
    for (const f of files) expect(() => filled(f), f).not.toThrow();
    expect(files).toEqual(
      expect.arrayContaining([
        "gitignore",
        "github/workflows/publish.yml",
        "gitlab-ci.yml",
        "vscode/settings.json",
        "vscode/extensions.json",
        ...LANGS.flatMap((l) => [`README.${l}.md`, `assets/README.${l}.md`]),
      ]),
    );
  });

  it("ignore what npm and the build write", () => {
    const lines = filled("gitignore").split("\n");
    for (const entry of ["node_modules/", "_site/", "public/", ".cache/", "._site.building-*/", "_site.*/"]) {
      expect(lines).toContain(entry);
    }
  });
});

describe("the GitHub workflow", () => {
  it("passes actionlint", async () => {
    expect(await actionlint(filled("github/workflows/publish.yml"))).toEqual([]);
  });

  it("is really checked: a job without runs-on, or with a key GitHub does not know, is rejected", async () => {
    const text = filled("github/workflows/publish.yml");
    const withoutRunsOn = text.replace(/^ {4}runs-on: .*\n/m, "");
    expect(withoutRunsOn).not.toBe(text);
    expect((await actionlint(withoutRunsOn)).join("\n")).toMatch(/"runs-on" section is missing in job "build"/);
    const unknownKey = text.replace(/^( {4}runs-on: .*\n)/m, "$1    timeout: 10\n");
    expect((await actionlint(unknownKey)).join("\n")).toMatch(/unexpected key "timeout" for "job" section/);
  });

  it("checks with annotations, builds, uploads _site on every pull request and push, and deploys only from main", () => {
    const wf = workflow();
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(["pull_request", "push"]));
    expect(wf.on["push"]).toEqual({ branches: ["main"] });
    expect(wf.permissions).toEqual({ contents: "read" });
    expect(wf.concurrency.group).toBeTruthy();
    const { build, deploy } = wf.jobs;
    const runs = build!.steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
    expect(runs).toEqual([
      "npm ci",
      BROWSER,
      "npx samling check --strict --format github",
      "npx samling build --strict",
    ]);
    const node = build!.steps.find((s) => s.uses?.startsWith("actions/setup-node@"));
    expect(node?.with).toEqual({ "node-version": "22", cache: "npm" });
    expect(build!.steps.at(-1)).toMatchObject({
      uses: expect.stringMatching(/^actions\/upload-pages-artifact@v\d+$/),
      with: { path: "_site" },
    });
    expect(deploy!.if).toBe("github.ref == 'refs/heads/main'");
    expect(deploy!.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(deploy!.steps.map((s) => s.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@v\d+$/)]);
  });
});

describe("the GitLab pipeline", () => {
  it("runs the same samling commands as the GitHub workflow, after installing the browser the same way", () => {
    const github = workflow().jobs["build"]!.steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
    const ci = gitlab();
    expect(ci.default.image).toBe("node:22-bookworm");
    for (const name of ["check", "pages"]) {
      const script = ci[name]!.script;
      expect(script[0], name).toMatch(/^npm ci\b/);
      expect(script[1], name).toBe(BROWSER);
      expect(samlingCommands(script), name).toEqual(samlingCommands(github));
    }
    expect(samlingCommands(github)).toEqual(["check --strict", "build --strict"]);
  });

  it("checks merge requests, and publishes public/ with GitLab Pages from the default branch", () => {
    const { check, pages } = gitlab();
    expect(check!.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(pages!.rules).toEqual([{ if: "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH" }]);
    expect(pages!.script).toContain("npx samling build --strict --out public");
    expect(pages!.artifacts).toEqual({ paths: ["public"] });
  });

  it("runs the browser script the package ships", () => {
    expect(existsSync(inPackage(BROWSER.replace(/^bash /, "")))).toBe(true);
  });
});

describe("the VS Code settings", () => {
  it("recommend the YAML extension", () => {
    const extensions = JSON.parse(filled("vscode/extensions.json")) as { recommendations: string[] };
    expect(extensions.recommendations).toContain("redhat.vscode-yaml");
  });

  it("map the installed package's JSON Schemas to the content files, as this repository maps its own", () => {
    type Settings = { "yaml.schemas": Record<string, string> };
    const schemas = (JSON.parse(filled("vscode/settings.json")) as Settings)["yaml.schemas"];
    for (const path of Object.keys(schemas)) expect(existsSync(inPackage(path)), path).toBe(true);
    const ours = (JSON.parse(readFileSync(join(projectDir, ".vscode/settings.json"), "utf8")) as Settings)[
      "yaml.schemas"
    ];
    const asInstalled = Object.fromEntries(
      Object.entries(ours).map(([path, glob]) => [path.replace(/^\.\/docs\//, "./node_modules/samling/docs/"), glob]),
    );
    expect(schemas).toEqual(asInstalled);
    expect(Object.values(schemas).sort()).toEqual([
      "content/losninger/*.yaml",
      "content/reports/*/report.yaml",
      "content/site.yaml",
      "content/themes.yaml",
    ]);
  });
});

describe("the READMEs", () => {
  const headings = (text: string): string[] => [...text.matchAll(/^#+\s+(.+)$/gm)].map((m) => m[1]!);
  const ENGLISH =
    /\b(?:the|and|your|own|report|reports|writing|write|preview|previewing|publishing|importing|updating|getting|started|look|files?|site)\b/i;

  for (const lang of LANGS) {
    it(`README.${lang}.md tells how to preview, build and update, in at most 60 lines`, () => {
      const text = filled(`README.${lang}.md`);
      for (const command of [
        "npm run serve",
        "npm run build",
        "npm update samling",
        "npm run check",
        "npm run new --",
      ]) {
        expect(text, command).toContain(command);
      }
      expect(text).toContain("npm run import -- ");
      expect(text).toContain("http://127.0.0.1:8080/");
      expect(text).toContain("node_modules/samling/docs/writing-a-report.md"); // not README.md: that opens with samling's own development
      expect(text).toContain("Helsefellesskapet Agder");
      expect(text.trimEnd().split("\n").length).toBeLessThanOrEqual(60);
    });

    it(`assets/README.${lang}.md names the folders samling keeps for itself`, () => {
      const text = filled(`assets/README.${lang}.md`);
      for (const reserved of ["css/", "js/", "vendor/", "fonts/", "site.css", "logo"]) expect(text).toContain(reserved);
    });
  }

  it("in Norwegian have no English headings", () => {
    for (const path of ["README.nb.md", "README.nn.md", "assets/README.nb.md", "assets/README.nn.md"]) {
      const english = headings(filled(path.replace(/\.n[bn]\.md$/, ".en.md")));
      for (const heading of headings(filled(path))) {
        expect(heading, path).not.toMatch(ENGLISH);
        expect(english, path).not.toContain(heading);
      }
    }
    // The word list does catch the English ones.
    expect(headings(filled("README.en.md")).filter((h) => ENGLISH.test(h)).length).toBeGreaterThan(3);
  });
});
