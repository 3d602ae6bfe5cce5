/** The `samling` command. Returns the exit code; prints diagnostics, never stack traces for content. */
import { publishSite } from "../publish/publish-site.ts";
import { defaultParseCacheDir } from "../pipeline/cache-dirs.ts";
import { checkAndCount } from "../pipeline/check.ts";
import { hasErrors } from "../shared/diagnostic.ts";
import type { Diagnostic } from "../shared/diagnostic.ts";
import { formatGithub, formatJson } from "../validate/format-machine.ts";
import { formatReport } from "../validate/format-report.ts";
import { cliMessages } from "../shared/cli-messages/index.ts";
import { formatPrintFailures } from "../print/print-messages.ts";
import { parseCliArgs, type CliArgs } from "./args.ts";
import { serve } from "./serve.ts";
import { runNew } from "./new.ts";
import { runInit } from "./init.ts";
import { runImport } from "./import.ts";
import { applyFixes, type FixResult } from "./fix.ts";

/** Text goes to stderr beside the progress lines; JSON and annotations to stdout, for the tool reading them. */
function report(
  diagnostics: readonly Diagnostic[],
  args: CliArgs,
  always: boolean,
  counts?: Parameters<typeof formatReport>[2],
): void {
  if (args.format === "json") process.stdout.write(formatJson(diagnostics, args.lang));
  else if (args.format === "github") process.stdout.write(formatGithub(diagnostics, args.lang));
  else if (always || diagnostics.length) process.stderr.write(formatReport(diagnostics, args.lang, counts));
}

async function runBuild(args: CliArgs): Promise<number> {
  const m = cliMessages(args.lang).build;
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const result = await publishSite({
    contentDir: args.contentDir,
    outDir: args.outDir,
    pdf: args.pdf,
    drafts: args.drafts,
    strict: args.strict,
    log,
    lang: args.lang,
  });
  report(result.diagnostics, args, false);
  if (!result.ok && result.noBrowser) {
    process.stderr.write(`${m.noBrowser}\n`);
    return 1;
  }
  if (!result.ok) {
    // Reports that got no PDF are listed in the user's language; other failures say what broke.
    if (result.printFailures?.length)
      process.stderr.write(`samling: ${formatPrintFailures(result.printFailures, args.lang)}\n`);
    else if (result.error) process.stderr.write(`samling: ${result.error}\n`);
    process.stderr.write(`${m.nothingWritten}\n`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pdfs = result.printed.length
    ? { count: result.printed.length, printed: result.printed.filter((p) => !p.cached).length }
    : undefined;
  process.stdout.write(
    `samling: ${m.done({ reports: result.reports, pages: result.pages, ...(pdfs && { pdfs }), outDir: args.outDir, seconds })}\n`,
  );
  return 0;
}

function runCheck(args: CliArgs): number {
  const checkContent = () =>
    checkAndCount(args.contentDir, { strict: args.strict, parseCacheDir: defaultParseCacheDir() });
  let { result, counts } = checkContent();
  if (args.fix) {
    printFixes(applyFixes(result.diagnostics), args);
    ({ result, counts } = checkContent()); // what is left
  }
  report(result.diagnostics, args, true, counts);
  const { diagnostics } = result;
  return hasErrors(diagnostics) ? 1 : 0;
}

/** What --fix changed, one line each, on stderr beside the check's report. */
function printFixes(fixes: FixResult, args: CliArgs): void {
  const m = cliMessages(args.lang).fix;
  const lines: string[] = [];
  if (fixes.made.length) {
    lines.push(`samling: ${m.changed(fixes.made.length, fixes.files)}`);
    for (const f of fixes.made)
      lines.push(`  ${f.at}  ${f.renamedTo ? m.renamed(f.key, f.renamedTo) : m.removed(f.key)}`);
  } else if (!fixes.failed.length) lines.push(`samling: ${m.nothing}`);
  for (const f of fixes.failed) lines.push(`samling: ${m.notWritten(f.file, f.reason)}`);
  process.stderr.write(`${lines.join("\n")}\n\n`);
}

export async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if ("error" in args) {
    process.stderr.write(`samling: ${args.error}\n\n${cliMessages(args.lang).usage}`);
    return 2;
  }
  switch (args.command) {
    case "build":
      return runBuild(args);
    case "check":
      return runCheck(args);
    case "new":
      return runNew(args);
    case "init":
      return runInit(args);
    case "import":
      return runImport(args);
    case "serve":
      return serve(args);
    default:
      process.stdout.write(cliMessages(args.lang).usage);
      return 0;
  }
}
