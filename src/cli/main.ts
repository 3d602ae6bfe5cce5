/** The `samling` command. Returns the exit code; prints diagnostics, never stack traces for content. */
import { publishSite } from "../publish/publish-site.ts";
import { defaultParseCacheDir } from "../pipeline/cache-dirs.ts";
import { check } from "../pipeline/check.ts";
import { hasErrors } from "../shared/diagnostic.ts";
import type { Diagnostic } from "../shared/diagnostic.ts";
import { formatGithub, formatJson } from "../validate/format-machine.ts";
import { formatReport } from "../validate/format-report.ts";
import { formatCount } from "../shared/format.ts";
import { formatPrintFailures } from "../print/print-messages.ts";
import { parseCliArgs, USAGE, type CliArgs } from "./args.ts";
import { serve } from "./serve.ts";
import { runNew } from "./new.ts";
import { runImport } from "./import.ts";

const NO_BROWSER = {
  nb: "samling: fant ingen Chromium, Chrome eller Edge å lage PDF med. Installer Chromium (Debian/Ubuntu: sudo apt-get install chromium), pek på en med CHROME_PATH=…, eller bygg uten PDF med --no-pdf.",
  en: "samling: found no Chromium, Chrome or Edge to make PDFs with. Install Chromium (Debian/Ubuntu: sudo apt-get install chromium), point to one with CHROME_PATH=…, or build without PDFs using --no-pdf.",
};

/** Text goes to stderr beside the progress lines; JSON and annotations to stdout, for the tool reading them. */
function report(diagnostics: readonly Diagnostic[], args: CliArgs, always: boolean): void {
  if (args.format === "json") process.stdout.write(formatJson(diagnostics, args.lang));
  else if (args.format === "github") process.stdout.write(formatGithub(diagnostics, args.lang));
  else if (always || diagnostics.length) process.stderr.write(formatReport(diagnostics, args.lang));
}

async function runBuild(args: CliArgs): Promise<number> {
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const result = await publishSite({ contentDir: args.contentDir, outDir: args.outDir, pdf: args.pdf, drafts: args.drafts, strict: args.strict, log });
  report(result.diagnostics, args, false);
  if (!result.ok && result.noBrowser) {
    process.stderr.write(`${NO_BROWSER[args.lang]}\n`);
    return 1;
  }
  if (!result.ok) {
    // Reports that got no PDF are listed in the user's language; other failures say what broke.
    if (result.printFailures?.length) process.stderr.write(`samling: ${formatPrintFailures(result.printFailures, args.lang)}\n`);
    else if (result.error) process.stderr.write(`samling: ${result.error}\n`);
    process.stderr.write(args.lang === "en" ? "Nothing was written.\n" : "Ingenting ble skrevet.\n");
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pdfs = result.printed.length ? `, ${result.printed.length} PDF (${result.printed.filter((p) => !p.cached).length} skrevet ut)` : "";
  process.stdout.write(`samling: ${formatCount(result.reports, "rapport", "rapporter", "nb")}, ${formatCount(result.pages, "side", "sider", "nb")}${pdfs} → ${args.outDir}/ (${seconds} s)\n`);
  return 0;
}

function runCheck(args: CliArgs): number {
  const { diagnostics } = check(args.contentDir, { strict: args.strict, parseCacheDir: defaultParseCacheDir() });
  report(diagnostics, args, true);
  return hasErrors(diagnostics) ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if ("error" in args) {
    process.stderr.write(`samling: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  switch (args.command) {
    case "build":
      return runBuild(args);
    case "check":
      return runCheck(args);
    case "new":
      return runNew(args);
    case "import":
      return runImport(args);
    case "serve":
      return serve(args);
    default:
      process.stdout.write(USAGE);
      return 0;
  }
}
