/**
 * A table block as a grid of placed cells: its rows read from YAML or from a
 * CSV file, cells placed by their column and row spans (as HTML places them),
 * numbers parsed per language, numeric columns found and a total row summed.
 * Validation checks the rows and the total on this grid (validate/rules/table.ts)
 * and the model builds the <table> from the same grid (model/table.ts), so what
 * is checked is what is shown.
 */
import type { SourceDoc } from "../load/source-doc.ts";
import type { CsvTable } from "../load/loaded.ts";
import type { YamlPath } from "../load/yaml.ts";
import type { Lang } from "../shared/i18n/index.ts";
import { plainText } from "../shared/plain-text.ts";
import type { Block } from "../schema/blocks/index.ts";
import type { Position } from "../shared/diagnostic.ts";

export type TableBlock = Extract<Block, { kind: "table" }>;

/** What a cell holds: inline Markdown (may be empty), a number, or a short list. */
export type CellContent = string | number | string[];

/** Where something was written: at a YAML path in the block's file, or at a place in its CSV file. */
export type Where = { doc: SourceDoc; path: YamlPath } | { doc: SourceDoc; at: Position };

export interface SourceCell {
  value: CellContent;
  colspan: number;
  rowspan: number;
  where: Where;
}

export interface SourceRow {
  cells: SourceCell[];
  where: Where;
}

/** A CSV marker (`<`, `^^`) with no cell to merge into. */
export interface StrayMarker {
  marker: string;
  where: Where;
}

export interface TableSource {
  head: SourceRow[];
  /** Every body row, the total row (when `total: true`) last. */
  body: SourceRow[];
  stray: StrayMarker[];
}

/** In a CSV file, a cell holding only this joins the cell to its left (a column span)… */
export const JOIN_LEFT = "<";
/** …and one holding only this joins the cell above (a row span). */
export const JOIN_UP = "^^";

/** A CSV cell: lines that all start with "- " are a short list; a plain number (14000, 1.5) is a number, formatted like a YAML number. */
function csvValue(text: string): CellContent {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > 0 && lines.every((l) => /^[-*]\s/.test(l))) return lines.map((l) => l.replace(/^[-*]\s+/, ""));
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(text)) return Number(text);
  return lines.join("\n");
}

type YamlCell = TableBlock extends { rows?: Array<Array<infer C>> } ? C : never;

function yamlCell(cell: YamlCell, where: Where): SourceCell {
  if (cell === null || cell === undefined) return { value: "", colspan: 1, rowspan: 1, where };
  if (typeof cell === "object" && !Array.isArray(cell)) {
    return { value: cell.text ?? "", colspan: cell.colspan ?? 1, rowspan: cell.rowspan ?? 1, where };
  }
  return { value: cell, colspan: 1, rowspan: 1, where };
}

const yamlRows = (rows: YamlCell[][] | undefined, key: string, doc: SourceDoc): SourceRow[] =>
  (rows ?? []).map((row, r) => ({
    where: { doc, path: [key, r] },
    cells: row.map((c, i) => yamlCell(c, { doc, path: [key, r, i] })),
  }));

/** CSV records to rows: `<` widens the cell on its left, `^^` lengthens the cell above; head and body are merged apart. */
function csvRows(records: CsvTable["records"], doc: SourceDoc, stray: StrayMarker[]): SourceRow[] {
  const rows: SourceRow[] = [];
  /** The cell covering each CSV column of the row above, and the last row each cell reaches. */
  let above: Array<SourceCell | undefined> = [];
  const reaches = new Map<SourceCell, number>();
  records.forEach((record, r) => {
    const cells: SourceCell[] = [];
    const here: Array<SourceCell | undefined> = [];
    record.cells.forEach((text, c) => {
      const where: Where = { doc, at: record.positions[c]! };
      if (text === JOIN_LEFT) {
        const left = here[c - 1];
        if (left && cells.includes(left)) {
          left.colspan++;
          here[c] = left;
          return;
        }
      } else if (text === JOIN_UP) {
        const up = above[c];
        if (up && reaches.get(up) === r - 1) {
          up.rowspan++;
          reaches.set(up, r);
          here[c] = up;
          return;
        }
        if (up && reaches.get(up) === r) {
          here[c] = up; // a wide cell, lengthened already from its first column
          return;
        }
      }
      // A marker with nothing to merge into is reported, and stands as an empty cell so the row keeps its width.
      const marker = text === JOIN_LEFT || text === JOIN_UP;
      if (marker) stray.push({ marker: text, where });
      const cell: SourceCell = { value: marker ? "" : csvValue(text), colspan: 1, rowspan: 1, where };
      cells.push(cell);
      reaches.set(cell, r);
      here[c] = cell;
    });
    rows.push({ cells, where: { doc, at: { line: record.line, column: 1 } } });
    above = here;
  });
  return rows;
}

/** The block's rows, as written: from its YAML, or from its CSV file (the first `headerRows` rows, 1 by default, are the head). */
export function tableSource(block: TableBlock, doc: SourceDoc, csv?: CsvTable): TableSource {
  if (block.data === undefined || !csv) {
    return { head: yamlRows(block.head, "head", doc), body: yamlRows(block.rows, "rows", doc), stray: [] };
  }
  const headerRows = block.headerRows ?? 1;
  const stray: StrayMarker[] = [];
  // Spreadsheets pad every row to the sheet's width: columns empty in every row are not the table's.
  const used = Math.max(...csv.records.map((r) => r.cells.findLastIndex((c) => c !== "") + 1));
  const records = csv.records.map((r) => ({ ...r, cells: r.cells.slice(0, used) }));
  const head = csvRows(records.slice(0, headerRows), csv.doc, stray);
  const body = csvRows(records.slice(headerRows), csv.doc, stray);
  return { head, body, stray };
}

/** A cell where it stands in its section (head, body or foot): its first row and column, and how far it reaches. */
export interface Placed {
  cell: SourceCell;
  row: number;
  col: number;
  colspan: number;
  rowspan: number;
}

export interface SectionLayout {
  /** The cells of each row, left to right. */
  rows: Placed[][];
  /** How many columns each row fills, counting spans and cells reaching down from rows above. */
  widths: number[];
  /** Cells whose row span reaches past the section's last row (cut to fit). */
  overflow: Placed[];
  /** The cell covering each slot: slots[row][column]. */
  slots: Array<Array<Placed | undefined>>;
}

/** Places the rows' cells the way HTML does: each cell in the first column not covered by a cell from a row above. */
export function layoutSection(rows: readonly SourceRow[]): SectionLayout {
  const slots: Array<Array<Placed | undefined>> = rows.map(() => []);
  const placed: Placed[][] = [];
  const overflow: Placed[] = [];
  rows.forEach((row, r) => {
    const line: Placed[] = [];
    let c = 0;
    for (const cell of row.cells) {
      while (slots[r]![c]) c++;
      const left = rows.length - r;
      const p: Placed = { cell, row: r, col: c, colspan: cell.colspan, rowspan: Math.min(cell.rowspan, left) };
      if (cell.rowspan > left) overflow.push(p);
      for (let dr = 0; dr < p.rowspan; dr++) for (let dc = 0; dc < p.colspan; dc++) slots[r + dr]![c + dc] = p;
      line.push(p);
      c += cell.colspan;
    }
    placed.push(line);
  });
  return { rows: placed, widths: slots.map((s) => s.length), overflow, slots };
}

export interface TableLayout {
  head: SectionLayout;
  body: SectionLayout;
  /** The total row, when the block has `total: true` and more than one row. */
  foot: SectionLayout;
  /** The table's width: its first header row's, or its first row's. */
  columns: number;
}

export function layoutTable(source: TableSource, total: boolean | undefined): TableLayout {
  const split = total && source.body.length > 1;
  const head = layoutSection(source.head);
  const body = layoutSection(split ? source.body.slice(0, -1) : source.body);
  const foot = layoutSection(split ? source.body.slice(-1) : []);
  return { head, body, foot, columns: head.widths[0] ?? body.widths[0] ?? 0 };
}

/** Marks that stand for "no value" in statistics (SSB): a dash, dots, a colon. */
const NO_VALUE = /^[-–—.:…]{1,2}$|^\.\.\.$/;

export interface ParsedNumber {
  value: number;
  percent: boolean;
  /** Digits after the decimal mark, to compare sums at the precision written. */
  decimals: number;
}

/**
 * A number as written in a cell: a YAML number, or text such as «14 000», «1,5», «−3» or «20 %»
 * (in English «14,000» and «1.5»). Anything else is not a number.
 */
export function parseNumber(value: CellContent, lang: Lang): ParsedNumber | undefined {
  if (typeof value === "number") return { value, percent: false, decimals: (String(value).split(".")[1] ?? "").length };
  if (typeof value !== "string") return undefined;
  const m = /^([-−+]?)(.*?)\s*(%?)$/u.exec(value.trim().replace(/[\u00a0\u202f\u2009]/g, " "));
  if (!m) return undefined;
  const [, sign, digits, percent] = m as unknown as [string, string, string, string];
  const [group, decimal] = lang === "en" ? [",", "."] : [" ", ","];
  const shape = new RegExp(`^(\\d{1,3}(?:[${group} ]\\d{3})+|\\d+)(?:\\${decimal}(\\d+))?$`);
  const n = shape.exec(digits);
  if (!n) return undefined;
  const whole = n[1]!.replace(/[ ,]/g, "");
  const fraction = n[2] ?? "";
  const number = Number(`${whole}${fraction ? `.${fraction}` : ""}`) * (sign === "-" || sign === "−" ? -1 : 1);
  return { value: number, percent: percent === "%", decimals: fraction.length };
}

/** An empty cell, or one saying there is no value: neither makes a column text, and both add nothing to a sum. */
export const isBlank = (value: CellContent): boolean =>
  typeof value === "string" && (value.trim() === "" || NO_VALUE.test(value.trim()));

/** The cells holding data (not row headers) that stand in one column alone, by column. */
function dataCellsByColumn(layout: TableLayout, rowHeaders: boolean, sections: SectionLayout[]): Placed[][] {
  const columns: Placed[][] = Array.from({ length: layout.columns }, () => []);
  for (const section of sections) {
    for (const row of section.rows) {
      for (const p of row) {
        if (p.colspan !== 1 || (rowHeaders && p.col === 0) || p.col >= layout.columns) continue;
        columns[p.col]!.push(p);
      }
    }
  }
  return columns;
}

/** Columns whose every non-empty data cell is a number (and that have one). */
export function numericColumns(layout: TableLayout, rowHeaders: boolean, lang: Lang): boolean[] {
  return dataCellsByColumn(layout, rowHeaders, [layout.body, layout.foot]).map((cells) => {
    const filled = cells.filter((p) => !isBlank(p.cell.value));
    return filled.length > 0 && filled.every((p) => parseNumber(p.cell.value, lang) !== undefined);
  });
}

export interface TotalMismatch {
  column: number;
  /** The column's headers, top to bottom, as plain text ("Kommune – Tiltak"); empty without a head. */
  name: string;
  cell: SourceCell;
  total: number;
  sum: number;
}

/** The column's header text, each level once, top to bottom. */
export function columnName(layout: TableLayout, column: number): string {
  const names: string[] = [];
  for (const row of layout.head.slots) {
    const p = row[column];
    if (!p || typeof p.cell.value === "object") continue;
    const text = plainText(String(p.cell.value)).trim();
    if (text && names[names.length - 1] !== text) names.push(text);
  }
  return names.join(" – ");
}

/**
 * The total row against the rows above it, column by numeric column. Columns in per cent
 * are left out: shares and rates do not add up to their total.
 */
export function totalMismatches(layout: TableLayout, rowHeaders: boolean, lang: Lang): TotalMismatch[] {
  if (layout.foot.rows.length === 0) return [];
  const numeric = numericColumns(layout, rowHeaders, lang);
  const above = dataCellsByColumn(layout, rowHeaders, [layout.body]);
  const totals = dataCellsByColumn(layout, rowHeaders, [layout.foot]);
  const out: TotalMismatch[] = [];
  numeric.forEach((isNumeric, c) => {
    const totalCell = totals[c]![0];
    if (!isNumeric || !totalCell) return;
    const total = parseNumber(totalCell.cell.value, lang);
    if (!total || total.percent) return;
    const values = above[c]!.map((p) => parseNumber(p.cell.value, lang)).filter(
      (n): n is ParsedNumber => n !== undefined,
    );
    if (values.some((v) => v.percent)) return;
    const decimals = Math.max(total.decimals, ...values.map((v) => v.decimals));
    const scale = 10 ** decimals;
    const sum = Math.round(values.reduce((s, v) => s + v.value, 0) * scale) / scale;
    if (Math.round(sum * scale) !== Math.round(total.value * scale))
      out.push({ column: c, name: columnName(layout, c), cell: totalCell.cell, total: total.value, sum });
  });
  return out;
}
