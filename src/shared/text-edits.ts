/**
 * Edits of a text by offset, applied together: what `samling check --fix`
 * does to a content file. Each edit replaces `[start, end)` of the original
 * text, so edits never see each other's results; overlapping ones are refused
 * rather than guessed at.
 */
export interface TextEdit {
  /** 0-based offsets into the whole file's text. */
  start: number;
  end: number;
  text: string;
}

export type EditResult = { ok: true; text: string } | { ok: false; overlap: [TextEdit, TextEdit] };

export function applyTextEdits(text: string, edits: readonly TextEdit[]): EditResult {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) return { ok: false, overlap: [sorted[i - 1]!, sorted[i]!] };
  }
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { ok: true, text: out + text.slice(at) };
}
