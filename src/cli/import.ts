/** `samling import FILE.docx`: a Word document as a new draft report, and a summary of what needs a human. */
import { projectDir } from "../shared/project-dir.ts";
import { displayPath } from "../shared/display-path.ts";
import { cliMessages } from "../shared/cli-messages/index.ts";
import { importDocx } from "../import/import-docx.ts";
import { importSummary } from "../import/summary.ts";
import type { CliArgs } from "./args.ts";

export async function runImport(args: CliArgs): Promise<number> {
  const result = await importDocx({
    file: args.file,
    contentDir: args.contentDir,
    projectDir,
    ...(args.titleGiven && { title: args.title }),
    ...(args.dateGiven && { date: args.date }),
    today: args.date,
    lang: args.lang,
  });
  if (!result.ok) {
    process.stderr.write(`samling: ${cliMessages(args.lang).import.failed(args.file, result.reason)}\n`);
    return 1;
  }
  process.stdout.write(importSummary(result, displayPath(result.dir), args.lang));
  return 0;
}
