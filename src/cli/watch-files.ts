/**
 * Saved files, in batches, for `serve`. chokidar, not fs.watch: editors that
 * save by writing a new file and renaming it over the old one are missed by
 * Node's recursive fs.watch on Linux after the first save. Saves that come
 * together (an editor's write and rename, a `git checkout`) make one batch.
 *
 * chokidar passes on one change of a file per 50 ms and drops the others, so a
 * file saved twice that quickly — an editor that formats on save writes it
 * twice — would be read as it was after the first write. Each file of a batch
 * is therefore read again shortly after it was handled, and handled once more
 * if it changed since.
 */
import { readFileSync } from "node:fs";
import { watch } from "chokidar";

/** Saves within this many milliseconds of each other make one batch. */
const SETTLE_MS = 40;
/** Longer than chokidar's 50 ms: a second save it dropped has happened by then. */
const RECHECK_MS = 60;

const textOf = (path: string): string | undefined => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined; // removed, or a folder
  }
};

/** Calls `handle` with each batch of changed paths, one batch at a time; resolves once every folder is watched. */
export async function watchFiles(
  dirs: string[],
  handle: (paths: string[]) => Promise<void>,
): Promise<{ close: () => Promise<void> }> {
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();

  const flush = async () => {
    const paths = [...changed];
    changed.clear();
    const before = new Map(paths.map((p) => [p, textOf(p)]));
    await handle(paths);
    setTimeout(() => {
      for (const [path, text] of before) if (textOf(path) !== text) onChange(path);
    }, RECHECK_MS);
  };
  const onChange = (path: string) => {
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(flush)), SETTLE_MS);
  };

  const watcher = watch(dirs, { ignoreInitial: true }).on("all", (_event, path) => onChange(path));
  await new Promise<void>((ready) => watcher.once("ready", () => ready()));
  return { close: () => watcher.close() };
}
