import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { browserCandidates, findBrowser } from "../../src/print/find-browser.ts";

const fakeBrowser = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), "samling-browser-"));
  const path = join(dir, name);
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, 0o755);
  return { dir, path };
};

describe("findBrowser", () => {
  it("prefers CHROME_PATH", () => {
    const { path } = fakeBrowser("my-chrome");
    expect(findBrowser({ CHROME_PATH: path, PATH: "" })).toBe(path);
  });
  it("finds chromium on PATH", () => {
    const { dir, path } = fakeBrowser("chromium");
    expect(findBrowser({ PATH: dir })).toBe(path);
  });
  it("ignores a CHROME_PATH that is not there", () => {
    const { dir, path } = fakeBrowser("google-chrome");
    expect(findBrowser({ CHROME_PATH: "/finnes/ikke", PATH: dir })).toBe(path);
  });
  it("looks in the usual places on macOS and Windows too", () => {
    const all = browserCandidates({ PATH: "", PROGRAMFILES: "C:\\Program Files" });
    expect(all).toContain("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    expect(all).toContain("C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe");
  });
});
