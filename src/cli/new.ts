/** `samling new "Tittel"`: creates the report folder and says what to do next. */
import { projectDir } from "../shared/project-dir.ts";
import { displayPath } from "../shared/display-path.ts";
import { cliMessages } from "../shared/cli-messages/index.ts";
import { newReport } from "../scaffold/new-report.ts";
import type { CliArgs } from "./args.ts";

export function runNew(args: CliArgs): number {
  const m = cliMessages(args.lang).new;
  const result = newReport({
    title: args.title,
    date: args.date,
    shape: args.shape,
    contentDir: args.contentDir,
    projectDir,
  });
  if (!result.ok) {
    const why = {
      date: () => m.badDate(args.date),
      title: () => m.emptyTitle,
      exists: () => m.exists(displayPath(result.dir ?? "")),
    }[result.error]();
    process.stderr.write(`samling: ${why}\n`);
    return 1;
  }
  process.stdout.write(
    m.made({
      dir: displayPath(result.dir),
      files: result.files.map(displayPath),
      url: `http://127.0.0.1:${args.port}/${result.id}/`,
    }),
  );
  return 0;
}
