/** How build and check print content problems: text on stderr beside the progress lines; JSON and annotations on stdout, for the tool reading them. */
import type { Diagnostic } from "../shared/diagnostic.ts";
import { formatGithub, formatJson } from "../validate/format-machine.ts";
import { formatReport } from "../validate/format-report.ts";
import type { CliArgs } from "./args.ts";

export function reportProblems(
  diagnostics: readonly Diagnostic[],
  args: CliArgs,
  always: boolean,
  counts?: Parameters<typeof formatReport>[2],
): void {
  if (args.format === "json") process.stdout.write(formatJson(diagnostics, args.lang));
  else if (args.format === "github") process.stdout.write(formatGithub(diagnostics, args.lang));
  else if (always || diagnostics.length) process.stderr.write(formatReport(diagnostics, args.lang, counts));
}
