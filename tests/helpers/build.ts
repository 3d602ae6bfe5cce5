/** Builds content into a fresh temporary folder for a test, failing with the problems when the build does. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publishSite, type BuildOptions } from "../../src/publish/publish-site.ts";
import { formatReport } from "../../src/validate/format-report.ts";

export async function buildInto(
  contentDir: string,
  options: Omit<BuildOptions, "contentDir" | "outDir"> = {},
): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), "samling-test-")), "_site");
  const result = await publishSite({ contentDir, outDir: out, ...options });
  if (!result.ok)
    throw new Error(`build of ${contentDir} failed\n${formatReport(result.diagnostics)}${result.error ?? ""}`);
  return out;
}
