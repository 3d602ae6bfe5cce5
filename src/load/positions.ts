/** Offset ↔ line/column arithmetic and code frames for one text. */
import type { Position } from "../validate/diagnostic.ts";

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.starts.push(i + 1);
  }

  /** 1-based line and column of a 0-based offset. */
  position(offset: number): Position {
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

  /** Up to two lines before the position, the line itself, and a caret under the column. */
  frame(at: Position): string {
    const lines = this.text.split("\n");
    const first = Math.max(1, at.line - 2);
    const width = String(at.line).length;
    const out: string[] = [];
    for (let n = first; n <= at.line && n <= lines.length; n++) {
      const marker = n === at.line ? ">" : " ";
      out.push(`${marker} ${String(n).padStart(width)} | ${lines[n - 1]}`);
    }
    out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, at.column - 1))}^`);
    return out.join("\n");
  }
}
