/**
 * `samling serve`: build, serve the site on 127.0.0.1 and rebuild when content,
 * layouts or assets change. TypeScript changes need a fresh process, which
 * `npm run serve` gets by running under `tsx watch`.
 */
import { watch } from "node:fs";
import type { CliArgs } from "./args.ts";
import { startStaticServer } from "../build/static-server.ts";

export async function serve(args: CliArgs, build: (args: CliArgs) => Promise<number>): Promise<number> {
  await build(args);
  await startStaticServer(args.outDir, args.port);
  process.stdout.write(`samling: http://127.0.0.1:${args.port}/ (Ctrl+C avslutter)\n`);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve(0);
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => build(args));
    }, 150);
  };
  for (const dir of [args.contentDir, "layouts", "assets"]) watch(dir, { recursive: true }, rebuild);
  return new Promise(() => {}); // runs until interrupted
}
