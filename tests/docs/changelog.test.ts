/**
 * CHANGELOG.md keeps up with the package: the version in package.json has its
 * section, and every old key name the deprecation table accepts is named there
 * with its replacement, so a writer who sees the warning finds why.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEPRECATIONS } from "../../src/schema/deprecations.ts";

const changelog = readFileSync("CHANGELOG.md", "utf8");
const { version, files } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string; files: string[] };

describe("CHANGELOG.md", () => {
  it("has a section for the package's version, and ships with it", () => {
    expect(changelog).toMatch(new RegExp(`^## ${version.replaceAll(".", "\\.")} — \\d{4}-\\d{2}`, "m"));
    expect(files).toContain("CHANGELOG.md");
  });

  it("names every deprecated key, its replacement, and the version that began the warning", () => {
    for (const d of DEPRECATIONS) {
      const section = changelog.slice(changelog.indexOf(`## ${d.since} `));
      expect(section, `${d.key} in the ${d.since} section`).toContain(`\`${d.key}\``);
      if (d.renamedTo) expect(section, d.renamedTo).toContain(`\`${d.renamedTo}\``);
    }
  });
});
