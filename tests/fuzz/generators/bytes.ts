/**
 * The `bytes` family: serialised files cut, spliced and corrupted at the byte
 * level — truncation, invalid UTF-8, NUL, control characters, BOMs, CRLF,
 * tabs, unbalanced quotes and brackets, oversize — in a valid or mixed
 * content folder. Only content files are broken (`targets`), never site.yaml.
 */
import fc from "fast-check";
import type { FuzzCase, FuzzFile } from "../pipeline.ts";
import { list } from "./leaves.ts";
import { mixedSpec, toFiles, validSpec } from "./spec.ts";

/** The content files (not site.yaml), which the families break. */
const targets = (files: readonly FuzzFile[]) =>
  files.map((f, i) => [f, i] as const).filter(([f]) => f.path !== "site.yaml" && /\.(ya?ml|md|csv)$/i.test(f.path));

const enc = new TextEncoder();
const bytesOf = (d: string | Uint8Array): Uint8Array => (typeof d === "string" ? enc.encode(d) : d);

const INSERTS: Array<number[] | string> = [
  [0xff],
  [0xfe],
  [0xc3],
  [0xc3, 0x28],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xc0, 0xaf],
  [0x80],
  [0],
  [0, 0],
  [1],
  [7],
  [8],
  [0x0b],
  [0x0c],
  [0x0d],
  [0x1b],
  [0x7f],
  [0xc2, 0x85],
  [0xe2, 0x80, 0xa8],
  [0xe2, 0x80, 0xa9],
  [0xef, 0xbb, 0xbf],
  "\t",
  "\r\n",
  "\r",
  '"',
  "'",
  "[",
  "]",
  "{",
  "}",
  ": ",
  "- ",
  "#",
  "&a ",
  "*a",
  "!!str ",
  "!!binary ",
  "? ",
  "|",
  ">",
  "%",
  "@",
  "`",
  "---\n",
  "...\n",
  "\\",
  "\u00a0",
  "\ufeff",
  ",",
  "\n",
  "\n  ",
  "  ",
  "<<: *a\n",
  "!",
  "&",
  "*",
];

type ByteOp =
  | { op: "truncate"; at: number }
  | { op: "insert"; at: number; what: number[] | string }
  | { op: "delete"; at: number; len: number }
  | { op: "duplicate"; at: number; len: number }
  | { op: "crlf" }
  | { op: "cr" }
  | { op: "bom" }
  | { op: "tabs" }
  | { op: "oversize" }
  | { op: "empty"; what: string };

const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }), weight: 4 },
  {
    arbitrary: fc.record({ op: fc.constant("insert" as const), at: fc.nat(), what: fc.constantFrom(...INSERTS) }),
    weight: 6,
  },
  {
    arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("duplicate" as const),
      at: fc.nat(),
      len: fc.integer({ min: 1, max: 200 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ op: "crlf" as const }), weight: 1 },
  { arbitrary: fc.constant({ op: "cr" as const }), weight: 1 },
  { arbitrary: fc.constant({ op: "bom" as const }), weight: 1 },
  { arbitrary: fc.constant({ op: "tabs" as const }), weight: 1 },
  { arbitrary: fc.constant({ op: "oversize" as const }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant("empty" as const),
      what: fc.constantFrom("", "\n", "  \n\t\n", "\ufeff", "\ufeff\n", "\r\n", "#\n", "---\n", "---\n---\n"),
    }),
    weight: 1,
  },
);

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
};

export function applyByteOp(input: Uint8Array, o: ByteOp): Uint8Array {
  const n = input.length;
  const pos = (at: number) => (n === 0 ? 0 : at % (n + 1));
  switch (o.op) {
    case "truncate":
      return input.slice(0, pos(o.at));
    case "insert": {
      const p = pos(o.at);
      return concat(
        input.slice(0, p),
        typeof o.what === "string" ? enc.encode(o.what) : Uint8Array.from(o.what),
        input.slice(p),
      );
    }
    case "delete": {
      const p = pos(o.at);
      return concat(input.slice(0, p), input.slice(p + o.len));
    }
    case "duplicate": {
      const p = pos(o.at);
      return concat(input.slice(0, p + o.len), input.slice(p));
    }
    case "crlf":
      return enc.encode(new TextDecoder().decode(input).replace(/\n/g, "\r\n"));
    case "cr":
      return enc.encode(new TextDecoder().decode(input).replace(/\n/g, "\r"));
    case "bom":
      return concat(Uint8Array.from([0xef, 0xbb, 0xbf]), input);
    case "tabs":
      return enc.encode(new TextDecoder().decode(input).replace(/^( {2})+/gm, (s) => "\t".repeat(s.length / 2)));
    case "oversize":
      // Just over the 1 MB limit, as text: a report pasted into a file by mistake.
      return concat(input, enc.encode(`# ${"x".repeat(1_000_001)}\n`));
    case "empty":
      return enc.encode(o.what);
  }
}

export const bytesCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(fc.oneof(validSpec, mixedSpec), list(fc.record({ file: fc.nat(), ops: list(byteOp, 1, 4) }), 1, 2))
  .map(([spec, picks]) => {
    const files = toFiles(spec).map((f) => ({ ...f }));
    const candidates = targets(files);
    for (const { file, ops } of picks) {
      const [f, i] = candidates[file % candidates.length]!;
      files[i] = { ...f, data: ops.reduce(applyByteOp, bytesOf(files[i]!.data)) };
    }
    return { family: "bytes", files, drafts: spec.drafts };
  });
