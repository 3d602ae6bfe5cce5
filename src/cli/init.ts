/**
 * `samling init <folder>`: a new site of one's own. Takes what it needs from
 * flags, asks for what is missing when a person runs it in a terminal (and
 * refuses without a name otherwise), and says what to do next.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import { initSite } from "../scaffold/init-site.ts";
import { cliMessages } from "../shared/cli-messages/index.ts";
import { displayPath } from "../shared/display-path.ts";
import { languages, type Lang } from "../shared/i18n/index.ts";
import { projectDir } from "../shared/project-dir.ts";
import type { CliArgs } from "./args.ts";

/** The version of samling that is running: the one a new site pins. */
const ownVersion = (): string =>
  (JSON.parse(readFileSync(join(projectDir, "package.json"), "utf8")) as { version: string }).version;

/** Asks, in a terminal, for what the flags did not give. */
async function ask(args: CliArgs): Promise<CliArgs["init"]> {
  const given = args.init;
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  if (!interactive || (given.name && given.siteLang)) return given;
  const q = cliMessages(args.lang).init.ask;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const name = given.name ?? (await rl.question(q.name)).trim();
    const lang = given.siteLang ?? ((await rl.question(q.siteLang)).trim() || "nb");
    const url = given.url ?? ((await rl.question(q.url)).trim() || undefined);
    const color = given.color ?? ((await rl.question(q.color)).trim() || undefined);
    return {
      ...given,
      name,
      ...((languages as readonly string[]).includes(lang) && { siteLang: lang as Lang }),
      ...(url && { url }),
      ...(color && { color }),
    };
  } finally {
    rl.close();
  }
}

export async function runInit(args: CliArgs): Promise<number> {
  const m = cliMessages(args.lang);
  const o = await ask(args);
  if (!o.name?.trim()) {
    process.stderr.write(`samling: ${m.args.initNeedsName}\n`);
    return 2;
  }
  const result = initSite({
    folder: o.folder,
    name: o.name,
    siteLang: o.siteLang ?? "nb",
    ...(o.url && { url: o.url }),
    ...(o.color && { color: o.color }),
    example: o.example,
    samlingSpec: o.samling ?? ownVersion(),
    today: args.date,
  });
  if (!result.ok) {
    const why = {
      "not-empty": () => m.init.notEmpty(displayPath(result.dir ?? o.folder)),
      url: () => m.init.badUrl(o.url ?? ""),
      color: () => m.init.badColor(o.color ?? ""),
      name: () => m.args.initNeedsName,
    }[result.error]();
    process.stderr.write(`samling: ${why}\n`);
    return 1;
  }
  process.stdout.write(
    m.init.made({
      dir: displayPath(result.dir),
      files: result.files,
      ...(result.example && { example: result.example }),
    }),
  );
  return 0;
}
