/**
 * `serve`'s search index, made in the background: a few seconds after the last
 * save, every web page is rendered (a few at a time, so requests are answered
 * in between) and handed to Pagefind, which indexes in a process of its own.
 * Until it is done the search page finds what the last index held; the page
 * says so. A save while it runs makes it run once more when it is done.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as pagefind from "pagefind";

/** Pages rendered between two looks at the event loop. */
const PAGES_PER_TURN = 20;

const nextTurn = () => new Promise((ok) => setImmediate(ok));

export class LiveSearch {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private closed = false;
  /** Why the last index could not be made, if it could not. */
  lastError: string | undefined;

  constructor(
    private readonly siteDir: string,
    private readonly pages: () => Iterable<{ path: string; html: string }>,
    private readonly delaySeconds: number,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** The pages changed: index them again once things are quiet. */
  schedule(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.start(), this.delaySeconds * 1000);
  }

  /** Resolves when no index is being made or waiting to be. */
  async idle(): Promise<void> {
    while (this.running || this.timer) {
      if (this.timer && !this.running) this.start();
      await this.running;
    }
  }

  private start(): void {
    this.timer = undefined;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.index()
      .then(() => void (this.lastError = undefined))
      .catch((error: unknown) => {
        this.lastError = error instanceof Error ? error.message : String(error);
        this.log(`samling: ${this.lastError}`);
      })
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.closed) {
          this.again = false;
          this.start();
        }
      });
  }

  private async index(): Promise<void> {
    const { index, errors } = await pagefind.createIndex({});
    try {
      if (!index) throw new Error(`search index: ${errors.join("; ")}`);
      let n = 0;
      for (const page of this.pages()) {
        await index.addHTMLFile({ sourcePath: page.path, content: page.html });
        if (++n % PAGES_PER_TURN === 0) await nextTurn();
        if (this.closed) return;
      }
      const { files, errors: fileErrors } = await index.getFiles();
      if (fileErrors.length) throw new Error(`search index: ${fileErrors.join("; ")}`);
      // Written beside, then swapped in: the search page never reads half an index.
      const fresh = join(this.siteDir, `.pagefind-${process.pid}`);
      rmSync(fresh, { recursive: true, force: true });
      for (const file of files) {
        const target = join(fresh, file.path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.content);
      }
      const old = join(this.siteDir, `.pagefind-old-${process.pid}`);
      rmSync(old, { recursive: true, force: true });
      try {
        renameSync(join(this.siteDir, "pagefind"), old);
      } catch {
        // the first index: nothing to move away
      }
      renameSync(fresh, join(this.siteDir, "pagefind"));
      rmSync(old, { recursive: true, force: true });
    } finally {
      await pagefind.close();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
