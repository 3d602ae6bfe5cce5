/**
 * The writer's loop, as the writer feels it: `samling serve` runs as its own
 * process on N synthetic reports; a file is saved, and the clock stops when the
 * server has told the open page to reload *and* has answered the page's new
 * request with the edit in it. The median of 20 saves of one block file, and
 * of site.yaml (which touches every page), at 10, 100 and 1,000 reports; then
 * the server's resident memory after 20 and after 100 saves (it must not keep
 * growing) and its peak.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSynthetic } from "./synthetic.ts";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** VmRSS and VmHWM (peak) of a process, in MB, from /proc. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

class Server {
  private events = "";
  private child: ChildProcess;
  private waiters: Array<() => void> = [];
  readonly base: string;

  constructor(root: string, port: number) {
    this.base = `http://127.0.0.1:${port}`;
    this.child = spawn(
      process.execPath,
      [
        "bin/samling.mjs",
        "serve",
        "--content",
        join(root, "content"),
        "--out",
        join(root, "_site"),
        "--port",
        String(port),
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    this.child.stderr!.on("data", (d) => process.stderr.write(d));
  }

  get pid(): number {
    return this.child.pid!;
  }

  async ready(): Promise<void> {
    await new Promise<void>((ok) =>
      this.child.stdout!.on("data", (d: Buffer) => String(d).includes("http://") && ok()),
    );
    // Listen to build events as an open page does.
    const res = await fetch(`${this.base}/__samling/events`);
    const reader = res.body!.getReader();
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const })); // the server stopped
        if (done) return;
        this.events += Buffer.from(value).toString();
        const waiting = this.waiters;
        this.waiters = [];
        for (const w of waiting) w();
      }
    })();
    while (!this.events.includes("\n\n")) await new Promise((ok) => setTimeout(ok, 10)); // the stream's first event: the current build
  }

  /** Resolves at the next build event. */
  nextEvent(): Promise<void> {
    const seen = this.events.length;
    return new Promise((ok) => {
      const check = () => (this.events.length > seen && /\n\n$/.test(this.events) ? ok() : this.waiters.push(check));
      this.waiters.push(check);
    });
  }

  stop(): void {
    this.child.kill();
  }
}

/** Saves a file; milliseconds until the page, requested after the reload event, shows `expect`. */
async function saveAndReload(
  server: Server,
  file: string,
  text: string,
  page: string,
  expect: string,
): Promise<number> {
  const event = server.nextEvent();
  const start = performance.now();
  writeFileSync(file, text);
  await event;
  const html = await (await fetch(server.base + page)).text();
  const ms = performance.now() - start;
  if (!html.includes(expect)) throw new Error(`the page did not show «${expect}» after the save`);
  return ms;
}

export async function benchServe(
  counts: Array<[reports: number, saves: number]> = [
    [10, 20],
    [100, 20],
    [1000, 100],
  ],
): Promise<void> {
  console.log("\nServe: save → page reloaded with the edit (median; serve as its own process)");
  let port = 18_500;
  for (const [n, saves] of counts) {
    const root = mkdtempSync(join(tmpdir(), "samling-bench-serve-"));
    writeSynthetic(root, n);
    const started = performance.now();
    const server = new Server(root, port++);
    try {
      await server.ready();
      const startup = performance.now() - started;
      const closing = join(root, "content/reports/rapport-0000/15-slutt.yaml");
      const page = "/rapport-0000/";
      const block: number[] = [];
      let after20 = { rss: 0, peak: 0 };
      for (let i = 0; i < saves; i++) {
        block.push(
          await saveAndReload(
            server,
            closing,
            `kind: closing\ntext: Lagret for ${i}. gang.\n`,
            page,
            `Lagret for ${i}. gang.`,
          ),
        );
        if (i === 19) after20 = memoryOf(server.pid);
      }
      const site: number[] = [];
      for (let i = 0; i < 20; i++)
        site.push(await saveAndReload(server, join(root, "content/site.yaml"), `name: Benk ${i}\n`, page, `Benk ${i}`));
      const memory = memoryOf(server.pid);
      console.log(
        `   ${String(n).padStart(5)} reports   block file ${Math.round(median(block.slice(0, 20)))} ms   site.yaml ${Math.round(median(site))} ms   ` +
          `(start ${(startup / 1000).toFixed(1)} s; RSS after 20 saves ${after20.rss.toFixed(0)} MB, after ${saves + 20} ${memory.rss.toFixed(0)} MB, peak ${memory.peak.toFixed(0)} MB)`,
      );
    } finally {
      server.stop();
      rmSync(root, { recursive: true, force: true });
    }
  }
  console.log("   target: ≤ 300 ms for a block file and ≤ 1 s for site.yaml at 1,000 reports");
}
