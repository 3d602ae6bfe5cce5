/** `samling check` (and `--fix`): every problem in the content, reported together; with --fix, old key names renamed first. */
import { defaultParseCacheDir } from "../pipeline/cache-dirs.ts";
import { checkAndCount } from "../pipeline/check.ts";
import { cliMessages } from "../shared/cli-messages/index.ts";
import { hasErrors } from "../shared/diagnostic.ts";
import type { CliArgs } from "./args.ts";
import { applyFixes, type FixResult } from "./fix.ts";
import { reportProblems } from "./report-problems.ts";

export function runCheck(args: CliArgs): number {
  const checkContent = () =>
    checkAndCount(args.contentDir, { strict: args.strict, parseCacheDir: defaultParseCacheDir() });
  let { result, counts } = checkContent();
  if (args.fix) {
    const left = result.diagnostics.filter((d) => d.rule.startsWith("schema/deprecated") && !d.fix).length;
    printFixes(applyFixes(result.diagnostics), left, args);
    ({ result, counts } = checkContent()); // what is left
  }
  reportProblems(result.diagnostics, args, true, counts);
  const { diagnostics } = result;
  return hasErrors(diagnostics) ? 1 : 0;
}

/** What --fix changed, one line each, on stderr beside the check's report. */
function printFixes(fixes: FixResult, leftForTheWriter: number, args: CliArgs): void {
  const m = cliMessages(args.lang).fix;
  const lines: string[] = [];
  if (fixes.made.length) {
    lines.push(`samling: ${m.changed(fixes.made.length, fixes.files)}`);
    for (const f of fixes.made)
      lines.push(`  ${f.at}  ${f.renamedTo ? m.renamed(f.key, f.renamedTo) : m.removed(f.key)}`);
  } else if (!fixes.failed.length) lines.push(`samling: ${leftForTheWriter ? m.nothingByItself : m.nothing}`);
  for (const f of fixes.failed) lines.push(`samling: ${m.notWritten(f.file, f.reason)}`);
  process.stderr.write(`${lines.join("\n")}\n\n`);
}
