/** `samling build`: the site and its PDFs into the output folder, or nothing at all; one line saying what was made. */
import { publishSite } from "../publish/publish-site.ts";
import { cliMessages } from "../shared/cli-messages/index.ts";
import { formatPrintFailures } from "../print/print-messages.ts";
import type { CliArgs } from "./args.ts";
import { reportProblems } from "./report-problems.ts";

export async function runBuild(args: CliArgs): Promise<number> {
  const m = cliMessages(args.lang).build;
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const result = await publishSite({
    contentDir: args.contentDir,
    outDir: args.outDir,
    pdf: args.pdf,
    cache: args.cache,
    drafts: args.drafts,
    strict: args.strict,
    log,
    lang: args.lang,
  });
  reportProblems(result.diagnostics, args, false);
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
