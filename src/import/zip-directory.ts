/**
 * A .docx is a zip. Before anything is inflated, this reads the zip's central
 * directory — the list at its end of every entry with its packed and unpacked
 * size — and says whether unpacking it stays within bounds. A «zip bomb» (1.5
 * MB that unpacks to 1.5 GB) is refused in milliseconds, without the memory
 * its unpacking would take. Sizes are what the zip says of itself; the
 * unpacking that follows is done by libraries that stop at a damaged entry.
 */

export interface ZipEntry {
  name: string;
  packed: number;
  unpacked: number;
}

/** What a Word document may unpack to: far beyond a 500-page report with its photos. */
export interface ZipLimits {
  entries: number;
  total: number;
  xml: number;
  ratio: number;
}

export const ZIP_LIMITS: ZipLimits = {
  /** Entries in the zip (a long report with many images has a few hundred). */
  entries: 10_000,
  /** All entries together, unpacked. */
  total: 1_000_000_000,
  /** One XML part, unpacked: word/document.xml of a 300-page thesis is a few MB. */
  xml: 100_000_000,
  /** How much an entry over 1 MB may grow when unpacked: text packs 5–20 times, a bomb a thousand. */
  ratio: 200,
};

export type ZipVerdict =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; why: "damaged" }
  | { ok: false; why: "entries"; count: number }
  | { ok: false; why: "bomb"; entry: ZipEntry }
  | { ok: false; why: "total"; unpacked: number };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** The central directory's entries, or undefined when the zip's end is not where a zip has it. */
export function readZipDirectory(zip: Buffer): ZipEntry[] | undefined {
  // The end record is 22 bytes plus a comment of up to 65,535; search backwards for its signature.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      packed: zip.readUInt32LE(at + 20),
      // 0xFFFFFFFF means «see the ZIP64 field»: 4 GB or more, far over any bound here.
      unpacked: zip.readUInt32LE(at + 24),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Whether the zip may be unpacked: its directory read, every entry and the total within ZIP_LIMITS. */
export function checkZip(zip: Buffer, limits: ZipLimits = ZIP_LIMITS): ZipVerdict {
  const entries = readZipDirectory(zip);
  if (!entries) return { ok: false, why: "damaged" };
  if (entries.length > limits.entries) return { ok: false, why: "entries", count: entries.length };
  let total = 0;
  for (const entry of entries) {
    const grows = entry.unpacked > 1_000_000 && entry.unpacked > Math.max(1, entry.packed) * limits.ratio;
    if (grows || (/\.(xml|rels)$/i.test(entry.name) && entry.unpacked > limits.xml))
      return { ok: false, why: "bomb", entry };
    total += entry.unpacked;
  }
  if (total > limits.total) return { ok: false, why: "total", unpacked: total };
  return { ok: true, entries };
}
