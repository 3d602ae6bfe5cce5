/**
 * `samling init <folder>`: a new site of one's own. Takes what it needs from
 * flags, asks for what is missing when a person runs it in a terminal (and
 * refuses without a name otherwise), and says what to do next.
 */
import { createInterface } from "node:readline/promises";
import { initSite } from "../scaffold/init-site.ts";
import { cliMessages, type CliMessages } from "../shared/cli-messages/index.ts";
import { displayPath } from "../shared/display-path.ts";
import { languages, type Lang } from "../shared/i18n/index.ts";
import { samlingVersion } from "../shared/project-dir.ts";
import type { CliArgs } from "./args.ts";

/** The questions' words, and where the answers come from (a terminal's, or a test's, streams). */
export interface Asking {
  questions: CliMessages["init"]["ask"];
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Asks for what the flags did not give; an answer cut off (Ctrl+D) counts as none. */
export async function askMissing(given: CliArgs["init"], asking: Asking): Promise<CliArgs["init"]> {
  const rl = createInterface({ input: asking.input, output: asking.output });
  let closed = false;
  const ended = new Promise<string>((resolve) =>
    rl.once("close", () => {
      closed = true;
      resolve("");
    }),
  );
  const answer = async (question: string): Promise<string> => {
    if (closed) return "";
    try {
      return (await Promise.race([rl.question(question), ended])).trim();
    } catch {
      return "";
    }
  };
  const q = asking.questions;
  try {
    const name = given.name ?? (await answer(q.name));
    const lang = given.siteLang ?? ((await answer(q.siteLang)) || "nb");
    const url = given.url ?? ((await answer(q.url)) || undefined);
    const color = given.color ?? ((await answer(q.color)) || undefined);
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

/** In a terminal, what is missing is asked for; otherwise the flags are all there is. */
const ask = (args: CliArgs): Promise<CliArgs["init"]> =>
  process.stdin.isTTY && process.stdout.isTTY && !(args.init.name && args.init.siteLang)
    ? askMissing(args.init, {
        questions: cliMessages(args.lang).init.ask,
        input: process.stdin,
        output: process.stdout,
      })
    : Promise.resolve(args.init);

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
    samlingSpec: o.samling ?? `^${samlingVersion()}`, // npm update samling: every later 1.x
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
