import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_CONTENT_BYTES, readText } from "../../src/load/read-text.ts";

const dir = mkdtempSync(join(tmpdir(), "samling-read-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const rule = (path: string) => {
  const r = readText(path, "x");
  return r.ok ? "ok" : r.problem.rule;
};

describe("readText", () => {
  it("strips a BOM and turns CRLF and CR into LF", () => {
    const r = readText(file("bom.yaml", "\uFEFFa: 1\r\nb: 2\rc: 3\r\n"), "bom.yaml");
    expect(r).toEqual({ ok: true, text: "a: 1\nb: 2\nc: 3\n" });
  });
  it("reports empty and whitespace-only files", () => {
    expect(rule(file("empty.yaml", ""))).toBe("file/empty");
    expect(rule(file("blank.yaml", " \n\t\n"))).toBe("file/empty");
  });
  it("reports binary files and invalid UTF-8", () => {
    expect(rule(file("bin.yaml", Buffer.from([0x6b, 0x00, 0x01])))).toBe("file/binary");
    expect(rule(file("latin1.yaml", Buffer.from([0x74, 0x3a, 0x20, 0xe6, 0x0a])))).toBe("file/encoding");
  });
  it("refuses a 10 MB file without reading it into a parser", () => {
    const big = file("big.yaml", Buffer.alloc(10 * 1024 * 1024, "a"));
    const r = readText(big, "big.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problem).toMatchObject({ rule: "file/too-large", params: { size: 10485760, limit: MAX_CONTENT_BYTES } });
  });
  it("reports a missing file as unreadable, not as an exception", () => {
    expect(readText(join(dir, "nope.yaml"), "nope.yaml")).toMatchObject({
      ok: false,
      problem: { rule: "file/unreadable", params: { reason: "ENOENT" } },
    });
  });
});
