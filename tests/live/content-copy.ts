/** A writable copy of fixture content for tests that edit it: the valid fixture's site and themes, and reports from several fixtures. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function contentCopy(extraReports: string[] = []): {
  dir: string;
  edit: (file: string, from: string | RegExp, to: string) => string;
} {
  const dir = join(mkdtempSync(join(tmpdir(), "samling-live-")), "content");
  cpSync("tests/fixtures/valid/content", dir, { recursive: true });
  for (const report of extraReports)
    cpSync(report, join(dir, "reports", report.split("/").pop()!), { recursive: true });
  const edit = (file: string, from: string | RegExp, to: string) => {
    const path = join(dir, file);
    const before = readFileSync(path, "utf8");
    const after = before.replace(from, to);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    writeFileSync(path, after);
    return path;
  };
  return { dir, edit };
}
