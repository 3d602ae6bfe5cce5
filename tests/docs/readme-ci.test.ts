/** The manual's CI section (docs/publishing.md) names the files init writes, and they are there to be written, running commands that exist. */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const page = readFileSync("docs/publishing.md", "utf8");
const start = page.indexOf("\n## Publishing from CI\n");
const end = page.indexOf("\n## ", start + 1);
const section = page.slice(start, end === -1 ? undefined : end);

describe("the manual's CI section", () => {
  it("is there, in docs/publishing.md, linked from the README", () => {
    expect(start).toBeGreaterThan(-1);
    expect(section.length).toBeGreaterThan(500);
    expect(readFileSync("README.md", "utf8")).toContain("(docs/publishing.md)");
  });

  it("names the CI files init writes, and their sources exist", () => {
    expect(section).toContain("`.github/workflows/publish.yml`");
    expect(section).toContain("`.gitlab-ci.yml`");
    expect(existsSync("src/scaffold/site/github/workflows/publish.yml")).toBe(true);
    expect(existsSync("src/scaffold/site/gitlab-ci.yml")).toBe(true);
  });

  it("quotes the commands the workflow runs, word for word", () => {
    const workflow = readFileSync("src/scaffold/site/github/workflows/publish.yml", "utf8");
    for (const command of [
      "npm ci",
      "bash node_modules/samling/scripts/find-or-install-browser.sh",
      "npx samling check --strict --format github",
      "npx samling build --strict",
    ]) {
      expect(section).toContain(`\`${command}\``);
      expect(workflow).toContain(`run: ${command}`);
    }
  });

  it("uses only scripts and commands the package has", () => {
    expect(existsSync("scripts/find-or-install-browser.sh")).toBe(true);
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { bin: Record<string, string>; files: string[] };
    expect(pkg.bin.samling).toBe("bin/samling.mjs");
    expect(pkg.files).toContain("scripts/find-or-install-browser.sh");
  });
});
