/**
 * A file saved twice in quick succession — an editor that formats on save
 * writes it twice within milliseconds — must be handled as it is after the
 * second write. chokidar drops the second change of a file within 50 ms.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchFiles } from "../../src/cli/watch-files.ts";

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe("watching saved files", () => {
  it("sees the last of two saves a few milliseconds apart, each time", async () => {
    const dir = mkdtempSync(join(tmpdir(), "samling-watch-"));
    const file = join(dir, "blokk.yaml");
    writeFileSync(file, "text: 0\n");
    let seen = "";
    const watcher = await watchFiles([dir], async (paths) => {
      if (paths.includes(file)) seen = readFileSync(file, "utf8");
    });
    try {
      for (let round = 1; round <= 5; round++) {
        writeFileSync(file, `text: ${round}a\n`);
        await sleep(45); // handled just now; the second save falls in chokidar's 50 ms
        writeFileSync(file, `text: ${round}b\n`);
        const end = Date.now() + 3000;
        while (seen !== `text: ${round}b\n` && Date.now() < end) await sleep(10);
        expect(seen).toBe(`text: ${round}b\n`);
      }
    } finally {
      await watcher.close();
    }
  });
});
