/** Offset ↔ line/column arithmetic and code frames for one text. */
import type { Position } from "../shared/diagnostic.ts";

/** How much of a line a code frame shows. */
const FRAME_WIDTH = 100;

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.starts.push(i + 1);
  }

  /** 1-based line and column of a 0-based offset. */
  position(offset: number): Position {
    offset = Math.max(0, offset); // a value with no place of its own (an empty document) is at the start
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** 0-based offset of a 1-based position. */
  offset(at: Position): number {
    return (this.starts[at.line - 1] ?? this.text.length) + at.column - 1;
  }

  /**
   * Up to two lines before the position, the line itself, and a caret under the
   * column. Long lines are cut to a window around the column, marked with «…».
   */
  frame(at: Position): string {
    const lines = this.text.split("\n");
    const first = Math.max(1, at.line - 2);
    const width = String(at.line).length;
    const focus = lines[at.line - 1] ?? "";
    const start = focus.length > FRAME_WIDTH ? Math.max(0, at.column - 1 - FRAME_WIDTH / 2) : 0;
    const clip = (line: string) => {
      const cut = line.slice(start, start + FRAME_WIDTH);
      return `${start > 0 && cut ? "…" : ""}${cut}${line.length > start + FRAME_WIDTH ? "…" : ""}`;
    };
    const out: string[] = [];
    for (let n = first; n <= at.line && n <= lines.length; n++) {
      const marker = n === at.line ? ">" : " ";
      out.push(`${marker} ${String(n).padStart(width)} | ${clip(lines[n - 1] ?? "")}`);
    }
    const caret = at.column - 1 - start + (start > 0 ? 1 : 0);
    out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, caret))}^`);
    return out.join("\n");
  }
}
