/**
 * read-text.ts hands on a file's text without its BOM and with every CRLF or
 * CR as LF, and all offsets of the load stage count in that text. This maps
 * such an offset back to the file as it is on disk, so an edit made by offset
 * (`samling check --fix`) changes only what it means to change and leaves a
 * Windows file's line endings and BOM as they were.
 */
const BOM = "\uFEFF";

/** For each offset of the normalised text (and its end), the offset in `raw`. */
export function rawOffsets(raw: string): number[] {
  const map: number[] = [];
  let i = raw.startsWith(BOM) ? 1 : 0;
  while (i < raw.length) {
    map.push(i);
    i += raw[i] === "\r" && raw[i + 1] === "\n" ? 2 : 1;
  }
  map.push(raw.length);
  return map;
}
