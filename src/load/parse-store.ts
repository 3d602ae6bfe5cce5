/**
 * What content files parsed to, kept on disk between builds, by the hash of
 * their text: YAML parsing is most of loading (about 2 of 3 seconds for 1,000
 * reports), and most files are as they were last time. One file per content
 * folder, in V8's own serialisation (it keeps every YAML value: NaN, -0,
 * nested lists); written beside and renamed into place, so two builds at once
 * never read half a file. It holds only files that parsed cleanly, and only
 * those seen in the last load. The parser's own source and js-yaml's version
 * are part of its name: a change to either starts it afresh.
 *
 * A file's problems are located by parsing it again, when there is a problem
 * to locate (SourceDoc's `locations` is lazy for that reason).
 *
 * The store begins with the SHA-256 of what follows. One that does not verify
 * or cannot be read back (cut short by a crash or a full disk) is removed and
 * reported as damaged; every file is then parsed, as on a first run.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { CacheDamage } from "../shared/cache-damage.ts";
import { sha256 } from "../shared/sha256.ts";
import { writeFileAtomic } from "../shared/write-file.ts";

/** What a cleanly parsed file keeps: its data, where its YAML starts, its Markdown body. */
export interface StoredParse {
  data: unknown;
  yamlOffset: number;
  body?: { text: string; line: number };
}

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Changes whenever what a text parses to could change. */
function parserVersion(): string {
  const hash = createHash("sha1").update(String((require("js-yaml/package.json") as { version: string }).version));
  for (const file of ["yaml.ts", "parse-file.ts", "alias-budget.ts", "source-doc.ts", "parse-store.ts"])
    hash.update(readFileSync(join(here, file)));
  return hash.digest("hex").slice(0, 12);
}

let version: string | undefined;

/** A store not used for this long (its content folder gone, a test's temporary folder) is removed. */
const UNUSED_DAYS = 14;

function removeUnused(cacheDir: string): void {
  try {
    const old = Date.now() - UNUSED_DAYS * 86_400_000;
    for (const name of readdirSync(cacheDir)) {
      const file = join(cacheDir, name);
      if (statSync(file).mtimeMs < old) rmSync(file, { force: true });
    }
  } catch {
    // no folder yet
  }
}

/** The store begins with the SHA-256 of the rest, in hex. */
const HASH_BYTES = 64;

/** The stored parses, if the store's hash is that of its payload and the payload reads back; else undefined. */
function verified(bytes: Buffer): Map<string, StoredParse> | undefined {
  const payload = bytes.subarray(HASH_BYTES);
  if (bytes.length < HASH_BYTES || sha256(payload) !== bytes.toString("latin1", 0, HASH_BYTES)) return undefined;
  try {
    const map = deserialize(payload) as unknown;
    return map instanceof Map ? (map as Map<string, StoredParse>) : undefined;
  } catch {
    return undefined;
  }
}

export const textKey = (kind: string, text: string): string =>
  createHash("sha1").update(kind).update("\0").update(text).digest("base64");

export class ParseStore {
  private readonly before: Map<string, StoredParse>;
  private readonly now = new Map<string, StoredParse>();
  private added = 0;

  private constructor(
    private readonly file: string,
    before: Map<string, StoredParse>,
  ) {
    this.before = before;
  }

  /** A store found damaged when it was opened: removed, and every file parsed instead. */
  damage?: CacheDamage;

  /** The store for one content folder, in `cacheDir`; empty when there is none yet, or it is damaged. `read` false: start empty. */
  static open(cacheDir: string, contentDir: string, read = true): ParseStore {
    if (!version) {
      version = parserVersion();
      removeUnused(cacheDir); // once per process is enough
    }
    const folder = createHash("sha1").update(resolve(contentDir)).digest("hex").slice(0, 12);
    const file = join(cacheDir, `${folder}-${version}.v8`);
    let bytes: Buffer | undefined;
    try {
      if (read) bytes = readFileSync(file);
    } catch {
      // none yet: everything is parsed
    }
    const before = bytes ? verified(bytes) : new Map<string, StoredParse>();
    const store = new ParseStore(file, before ?? new Map());
    if (!before) {
      rmSync(file, { force: true });
      store.damage = { file, reason: bytes!.length < HASH_BYTES ? "incomplete" : "checksum" };
    }
    return store;
  }

  get(key: string): StoredParse | undefined {
    const hit = this.before.get(key) ?? this.now.get(key);
    if (hit) this.now.set(key, hit);
    return hit;
  }

  set(key: string, parse: StoredParse): void {
    this.now.set(key, parse);
    this.added++;
  }

  /** Writes what this load saw, when it differs from what was there. */
  save(): void {
    if (this.added === 0 && this.now.size === this.before.size) return void this.touch();
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const payload = serialize(this.now);
      writeFileAtomic(this.file, Buffer.concat([Buffer.from(sha256(payload), "latin1"), payload]));
    } catch {
      // a cache that cannot be written is only slower
    }
  }

  /** Marks the store as used, so it is not removed as unused. */
  private touch(): void {
    try {
      const now = new Date();
      utimesSync(this.file, now, now);
    } catch {
      // not there: nothing to keep
    }
  }
}
