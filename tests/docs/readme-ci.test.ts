/** The example CI workflows in the README are real YAML and run the commands that exist. */
import { existsSync, readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";

const readme = readFileSync("README.md", "utf8");
const section = readme.slice(readme.indexOf("### Publishing from CI"));
const [github, gitlab] = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].slice(0, 2).map((m) => load(m[1]!) as Record<string, any>);

describe("the README's CI examples", () => {
  it("GitHub Actions: install, browser, strict check as annotations, build, publish _site to Pages", () => {
    const steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> = github!.jobs.build.steps;
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual([
      "npm ci",
      "bash scripts/find-or-install-browser.sh",
      "npx samling check --strict --format github",
      "npx samling build --strict",
    ]);
    expect(steps.at(-1)).toEqual({ uses: "actions/upload-pages-artifact@v3", with: { path: "_site" } });
    expect(github!.jobs.deploy.steps[0].uses).toBe("actions/deploy-pages@v4");
  });
  it("GitLab: the same, publishing public/", () => {
    expect(gitlab!.pages.script).toEqual(["npm ci", "bash scripts/find-or-install-browser.sh", "npx samling check --strict", "npx samling build --strict --out public"]);
    expect(gitlab!.pages.artifacts.paths).toEqual(["public"]);
  });
  it("uses only scripts and commands the project has", () => {
    expect(existsSync("scripts/find-or-install-browser.sh")).toBe(true);
    expect(JSON.parse(readFileSync("package.json", "utf8")).bin.samling).toBe("bin/samling.mjs");
  });
});
