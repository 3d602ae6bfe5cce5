/**
 * A table block's rows from a CSV file beside its YAML (`data: tabell-5-1.csv`).
 * The file is content: read like every content file (size limit, UTF-8, BOM,
 * CRLF), then parsed with csv-parse. Each record keeps the line and the column
 * of each of its cells, so a problem in the table can be shown in the CSV file.
 * Nothing here knows what the cells mean.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { diagnostic, type Diagnostic, type Position } from "../shared/diagnostic.ts";
import type { CsvTable, LoadedBlock } from "./loaded.ts";
import { LineIndex } from "./positions.ts";
import { readText } from "./read-text.ts";
import { SourceDoc } from "./source-doc.ts";

export const CSV_FILE = /\.csv$/i;

/** The file name a table block reads its rows from, when the loaded data is one (checked by the schema later). */
export function csvReference(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { kind, data: file } = data as Record<string, unknown>;
  return kind === "table" && typeof file === "string" && /^[^/\\]+\.csv$/i.test(file.trim()) ? file.trim() : undefined;
}

/** The delimiter most used on the first line, outside quotes: comma, semicolon (Excel in Norwegian) or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" && !quoted) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best;
}

/** Where each cell of the record starting on `line` begins: after each delimiter outside quotes, across line breaks in quoted cells. */
function cellPositions(lines: readonly string[], line: number, delimiter: string, count: number): Position[] {
  const out: Position[] = [{ line, column: 1 }];
  let quoted = false;
  for (let l = line; l <= lines.length && out.length < count; l++) {
    const text = lines[l - 1] ?? "";
    for (let i = 0; i < text.length && out.length < count; i++) {
      const ch = text[i];
      if (ch === '"') quoted = !quoted;
      else if (ch === delimiter && !quoted) out.push({ line: l, column: i + 2 });
    }
    if (!quoted) break;
  }
  while (out.length < count) out.push(out[out.length - 1]!);
  return out;
}

interface CsvError extends Error {
  code?: string;
  lines?: number;
}

/** Parses CSV text already read as content (BOM stripped, line ends LF). */
export function parseCsv(
  file: string,
  text: string,
): { ok: true; table: CsvTable } | { ok: false; problem: Diagnostic } {
  const delimiter = detectDelimiter(text);
  const lines = text.split("\n");
  let lastLine = 0;
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // csv-parse's types do not describe `info` with `on_record`; the shape is the one it documents.
    rows = (parse as unknown as (input: string, options: object) => typeof rows)(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
      on_record: (record: { record: string[]; info: { lines: number } }) => {
        lastLine = record.info.lines;
        return record;
      },
    });
  } catch (error) {
    const e = error as CsvError;
    // An unclosed quote is found at the end of the file; it opened on the first line after the last good record.
    let line = e.code === "CSV_QUOTE_NOT_CLOSED" ? lastLine + 1 : (e.lines ?? lastLine + 1);
    while (e.code === "CSV_QUOTE_NOT_CLOSED" && line < lines.length && (lines[line - 1] ?? "").trim() === "") line++;
    const at: Position = { line: Math.max(1, Math.min(line, lines.length)), column: 1 };
    const reason = (e.message ?? "").replace(/\s*at line \d+.*$/s, "").replace(/:.*$/s, "");
    return {
      ok: false,
      problem: {
        ...diagnostic(file, at, "table/csv-syntax", { code: e.code ?? "", reason }),
        frame: new LineIndex(text).frame(at),
      },
    };
  }
  const records = rows.map(({ record, info }) => {
    // csv-parse counts lines up to the record's end; a quoted cell can hold line breaks.
    const inside = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - inside;
    return {
      line,
      cells: record.map((c) => c.trim()),
      positions: cellPositions(lines, line, delimiter, record.length),
    };
  });
  // The document's data is the cells, so the checks that read every text (links, personal data) read them too.
  return {
    ok: true,
    table: {
      doc: new SourceDoc(
        file,
        text,
        records.map((r) => r.cells),
        () => new Map(),
      ),
      records,
    },
  };
}

/**
 * Reads the CSV file a block names, beside the block's file. A missing file is
 * reported at the block's `data:`; an unreadable or malformed one in the CSV file.
 */
export function loadCsv(
  dir: string,
  name: string,
  block: SourceDoc,
  displayPath: (abs: string) => string,
): { table?: CsvTable; problem?: Diagnostic } {
  const abs = join(dir, name);
  if (!existsSync(abs))
    return { problem: block.problem(["data"], "table/missing-data", { file: name, dir: displayPath(dir) }) };
  const file = displayPath(abs);
  const read = readText(abs, file);
  if (!read.ok) return { problem: read.problem };
  const parsed = parseCsv(file, read.text);
  return parsed.ok ? { table: parsed.table } : { problem: parsed.problem };
}

/**
 * The CSV files of one folder: each one a table block there names is read and
 * given to that block; any other is not used, and said so like any unknown file.
 */
export function attachCsvFiles(
  dir: string,
  blocks: LoadedBlock[],
  csvNames: readonly string[],
  problems: Diagnostic[],
  displayPath: (abs: string) => string,
): void {
  /** Each file read once, however many tables name it. */
  const read = new Map<string, CsvTable | undefined>();
  for (const block of blocks) {
    const name = block.children ? undefined : csvReference(block.doc.data);
    if (!name) continue;
    if (!read.has(name)) {
      const { table, problem } = loadCsv(dir, name, block.doc, displayPath);
      if (problem) problems.push(problem);
      read.set(name, table);
    }
    const table = read.get(name);
    if (table) block.csv = table;
  }
  for (const name of csvNames) {
    if (!read.has(name))
      problems.push(diagnostic(displayPath(join(dir, name)), undefined, "content/unknown-file", { name }, "warning"));
  }
}
