/**
 * How full each page of a PDF is, measured as a reader sees it: each page
 * drawn small in grey (pdftoppm), and in its body area — between the running
 * head and the footer, inside the margins — the share down to the last row
 * with anything drawn on it: text, photos, charts, boxes and rules all count.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TOP = 0.09;
const BOTTOM = 0.9;
const SIDE = 0.08;

/** Each page's fill, 0 to 1, in page order. */
export function pageFills(pdf: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), "samling-fill-"));
  try {
    execFileSync("pdftoppm", ["-r", "24", "-gray", pdf, join(dir, "p")]);
    const files = readdirSync(dir).sort((a, b) => Number(/(\d+)\D*$/.exec(a)![1]) - Number(/(\d+)\D*$/.exec(b)![1]));
    return files.map((f) => {
      const data = readFileSync(join(dir, f));
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.toString("latin1", 0, 50))!;
      const [w, h] = [Number(header[1]), Number(header[2])];
      const px = data.subarray(header[0].length);
      const [top, bottom] = [Math.floor(h * TOP), Math.floor(h * BOTTOM)];
      const [left, right] = [Math.floor(w * SIDE), Math.floor(w * (1 - SIDE))];
      for (let y = bottom - 1; y >= top; y--) {
        const row = px.subarray(y * w + left, y * w + right);
        if (row.some((v) => v < 200)) return (y - top) / (bottom - top);
      }
      return 0;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
