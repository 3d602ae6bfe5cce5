/** The `samling` command. Returns the exit code; prints diagnostics, never stack traces for content. */
import { buildSite } from "../build/build-site.ts";
import { check } from "../build/check.ts";
import { hasErrors } from "../validate/diagnostic.ts";
import { formatReport } from "../validate/format-report.ts";
import { parseCliArgs, USAGE, type CliArgs } from "./args.ts";
import { serve } from "./serve.ts";

async function runBuild(args: CliArgs): Promise<number> {
  const started = performance.now();
  const result = await buildSite({ contentDir: args.contentDir, outDir: args.outDir });
  if (result.diagnostics.length) process.stderr.write(formatReport(result.diagnostics, args.lang));
  if (!result.ok) {
    if (result.error) process.stderr.write(`samling: ${result.error}\n`);
    process.stderr.write(args.lang === "en" ? "Nothing was written.\n" : "Ingenting ble skrevet.\n");
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`samling: ${result.reports} rapporter, ${result.pages} sider → ${args.outDir}/ (${seconds} s)\n`);
  return 0;
}

function runCheck(args: CliArgs): number {
  const { diagnostics } = check(args.contentDir);
  process.stderr.write(formatReport(diagnostics, args.lang));
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
    case "serve":
      return serve(args, runBuild);
    default:
      process.stdout.write(USAGE);
      return 0;
  }
}
