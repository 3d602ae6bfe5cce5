/**
 * The `samling` command. Returns the exit code; prints diagnostics, never stack traces for content.
 * Each command's code is loaded when it is asked for: `import` or `--help` need not load Eleventy,
 * the browser driver or the validator (a second and 150 MB of a process's start).
 */
import { cliMessages } from "../shared/cli-messages/index.ts";
import { samlingVersion } from "../shared/project-dir.ts";
import { parseCliArgs, type CliArgs } from "./args.ts";

type Run = (args: CliArgs) => number | Promise<number>;

const COMMANDS: Record<Exclude<CliArgs["command"], "help">, () => Promise<Run>> = {
  version: async () => () => {
    process.stdout.write(`samling ${samlingVersion()}
`);
    return 0;
  },
  build: async () => (await import("./build.ts")).runBuild,
  check: async () => (await import("./check.ts")).runCheck,
  new: async () => (await import("./new.ts")).runNew,
  init: async () => (await import("./init.ts")).runInit,
  import: async () => (await import("./import.ts")).runImport,
  serve: async () => (await import("./serve.ts")).serve,
};

export async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if ("error" in args) {
    process.stderr.write(`samling: ${args.error}\n\n${cliMessages(args.lang).usage}`);
    return 2;
  }
  if (args.command === "help") {
    process.stdout.write(cliMessages(args.lang).usage);
    return 0;
  }
  const run = await COMMANDS[args.command]();
  return run(args);
}
