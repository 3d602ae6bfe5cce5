/**
 * A Word «zip bomb» — 1.5 MB that unpacks to 1.5 GB — is refused by `samling
 * import` with the right reason, from the zip's directory alone: the process
 * never holds more than a normal import does (it took 3.3 GB and answered
 * «filen er skadet» before), and nothing is written. The time it takes is
 * measured by `npm run bench`, not here.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeBomb } from "./make-bomb.ts";
import { PEAK_HOOK, peakMegabytes } from "./peak-memory.ts";

describe("a zip bomb given to import", () => {
  it("is refused with its reason, in under 200 MB of memory, and writes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "samling-bomb-"));
    const bomb = join(dir, "rapport.docx");
    const size = writeBomb(bomb);
    expect(size).toBeLessThan(2_000_000);
    const content = join(dir, "content");
    mkdirSync(join(content, "reports"), { recursive: true });
    writeFileSync(join(content, "site.yaml"), "name: Test\n");

    const run = spawnSync(
      process.execPath,
      ["--import", PEAK_HOOK, "bin/samling.mjs", "import", bomb, "--content", content],
      {
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "filen er ikke et vanlig Word-dokument: word/document.xml pakkes ut fra 1,5\u00a0MB til 1\u00a0500\u00a0MB (en «zip-bombe»). Ingenting ble pakket ut",
    );
    const peak = peakMegabytes(run.stderr);
    expect(peak).toBeGreaterThan(20);
    expect(peak).toBeLessThan(200);
    expect(readdirSync(join(content, "reports"))).toEqual([]);
  }, 60_000);
});
