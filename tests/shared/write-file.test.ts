/** samling's own writes: whole or not at all, and a failure said as what it is (shared/write-file.ts). */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { WriteFailure, writeFileAtomic } from "../../src/shared/write-file.ts";
import { fileSystemFault } from "../../src/pipeline/file-system-fault.ts";

afterEach(() => {
  delete process.env.SAMLING_FAIL_WRITE;
});

describe("writeFileAtomic", () => {
  it("writes the whole file and leaves no temporary beside it", () => {
    const dir = mkdtempSync(join(tmpdir(), "samling-write-"));
    writeFileAtomic(join(dir, "a.json"), '{"pages":3}');
    writeFileAtomic(join(dir, "a.json"), '{"pages":4}');
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe('{"pages":4}');
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });

  it("fails as a WriteFailure naming the file and bytes, the old file as it was, no temporary left", () => {
    const dir = mkdtempSync(join(tmpdir(), "samling-write-"));
    writeFileSync(join(dir, "a.pdf"), "old");
    process.env.SAMLING_FAIL_WRITE = "1:ENOSPC";
    let caught: unknown;
    try {
      writeFileAtomic(join(dir, "a.pdf"), Buffer.alloc(1500));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WriteFailure);
    expect(caught).toMatchObject({ code: "ENOSPC", file: join(dir, "a.pdf"), bytes: 1500 });
    expect(readFileSync(join(dir, "a.pdf"), "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["a.pdf"]);
  });

  it("turns the system's own error into a WriteFailure too (a folder that is not there)", () => {
    expect(() => writeFileAtomic(join(tmpdir(), "finnes-ikke", "x", "a.txt"), "x")).toThrow(WriteFailure);
  });
});

describe("fileSystemFault", () => {
  it("finds the code in samling's own failure, in a Node error or one wrapped by Eleventy, and in a tool's words", () => {
    expect(fileSystemFault(new WriteFailure("ENOSPC", "/s/a.pdf", 10))).toEqual({
      code: "ENOSPC",
      file: "/s/a.pdf",
      bytes: 10,
    });
    const node = Object.assign(new Error("EROFS: read-only file system, open '/s/x'"), { code: "EROFS", path: "/s/x" });
    expect(fileSystemFault(node)).toEqual({ code: "EROFS", file: "/s/x" });
    const wrapped = Object.assign(new Error("Having trouble writing to /s/y"), { originalError: node });
    expect(fileSystemFault(wrapped)).toEqual({ code: "EROFS", file: "/s/x" });
    expect(
      fileSystemFault(new Error("search index: Pagefind stopped (1)\nError: No space left on device (os error 28)")),
    ).toEqual({ code: "ENOSPC" });
    expect(fileSystemFault(new Error("Eleventy: a template failed"))).toBeUndefined();
  });
});
