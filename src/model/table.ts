/**
 * A table block as the <table> its template loops over: built on the grid
 * validation checked (validate/table-grid.ts) — numeric columns right-aligned,
 * numbers formatted, and, for a table with two levels of headers, an id on
 * every header cell and, on every cell, the ids of the headers that apply to
 * it (WCAG technique H43). Templates only loop over the result.
 */
import { formatNumber } from "../shared/format.ts";
import type { Lang } from "../shared/i18n/index.ts";
import {
  layoutTable,
  numericColumns,
  type CellContent,
  type Placed,
  type SectionLayout,
  type TableBlock,
  type TableSource,
} from "../validate/table-grid.ts";
import type { TableCellModel, TableModel } from "./types/table.ts";

export const WIDE_COLUMNS = 7;
export const VERY_WIDE_COLUMNS = 10;

const isEmpty = (value: CellContent) => typeof value === "string" && value.trim() === "";

/** «1 800», «20 %», «≤ 40» never break across lines: the spaces in them become no-break spaces. */
export const keepNumbersTogether = (text: string): string =>
  text
    .replace(/(\d) (?=\d{3}(?!\d))/g, "$1\u00a0")
    .replace(/(\d) (?=%)/g, "$1\u00a0")
    .replace(/([≤≥<>±~−-]) (?=\d)/g, "$1\u00a0");

function content(value: CellContent, header: boolean, lang: Lang): Pick<TableCellModel, "text" | "list"> {
  if (Array.isArray(value)) return { list: value.map(keepNumbersTogether) };
  // Numbers in headers are labels (2024, not 2 024); in data they are amounts.
  if (typeof value === "number") return { text: header ? String(value) : formatNumber(value, lang) };
  return value === "" ? {} : { text: keepNumbersTogether(value) };
}

/** One short word (Kommunene, Sykehuset) is never broken: hyphenating it only makes its column one syllable wide. */
const SHORT_WORD = /^[^\s]{1,14}$/u;

/** The cell's classes, from what it is. */
function withClass(cell: TableCellModel): TableCellModel {
  const word = cell.text !== undefined && !cell.numeric && SHORT_WORD.test(cell.text);
  const className = [cell.numeric && "num", word && "data-table__word"].filter(Boolean).join(" ");
  return className ? { ...cell, className } : cell;
}

export interface TableContext {
  /** The block's anchor: ids in the table start with it. */
  anchor: string;
  lang: Lang;
}

/** The grid the template loops over. */
export function buildTable(block: TableBlock, source: TableSource, ctx: TableContext): TableModel {
  const { anchor, lang } = ctx;
  const rowHeaders = block.rowHeaders === true;
  const layout = layoutTable(source, block.total);
  const numeric = numericColumns(layout, rowHeaders, lang);
  const spans = (p: Placed) => ({
    ...(p.colspan > 1 && { colspan: p.colspan }),
    ...(p.rowspan > 1 && { rowspan: p.rowspan }),
  });
  const covers = (p: Placed, c: number) => c >= p.col && c < p.col + p.colspan;
  const headCells = layout.head.rows.flat();
  // Scope alone is ambiguous once headers come in levels or span: then every cell names its headers.
  const levels = layout.head.rows.length > 1 || headCells.some((p) => p.colspan > 1 || p.rowspan > 1);
  const headerId = new Map<Placed, string>();
  const idOf = (p: Placed, prefix: string): string => {
    if (!headerId.has(p)) headerId.set(p, `${anchor}-${prefix}${p.row + 1}-${p.col + 1}`);
    return headerId.get(p)!;
  };
  /** Column headers over columns [col, col + span), top to bottom, each once. */
  const columnHeaders = (col: number, span: number, aboveRow = Infinity): string[] => {
    const ids: string[] = [];
    for (const p of headCells) {
      if (p.row >= aboveRow || isEmpty(p.cell.value)) continue;
      for (let c = col; c < col + span; c++) if (covers(p, c) && !ids.includes(idOf(p, "h"))) ids.push(idOf(p, "h"));
    }
    return ids;
  };

  const head = layout.head.rows.map((row) =>
    row
      .map((p): TableCellModel => {
        if (isEmpty(p.cell.value)) return { header: false, ...spans(p) }; // a corner: no header to announce
        const above = levels ? columnHeaders(p.col, p.colspan, p.row) : [];
        return {
          header: true,
          ...content(p.cell.value, true, lang),
          ...spans(p),
          scope: p.colspan > 1 ? "colgroup" : "col",
          ...(levels && { id: idOf(p, "h") }),
          ...(above.length && { headers: above.join(" ") }),
          ...(p.colspan === 1 && numeric[p.col] && { numeric: true }),
        };
      })
      .map(withClass),
  );

  const bodyRows = (section: SectionLayout, prefix: string): TableCellModel[][] =>
    section.rows.map((row, r) => {
      // The row's header: the cell in its first column, which may reach down from a row above.
      const rowHeader = rowHeaders ? section.slots[r]![0] : undefined;
      return row
        .map((p): TableCellModel => {
          const isRowHeader = rowHeader === p && !isEmpty(p.cell.value);
          const own = isRowHeader
            ? []
            : rowHeader && !isEmpty(rowHeader.cell.value) && levels
              ? [idOf(rowHeader, prefix)]
              : [];
          const ids = levels ? [...columnHeaders(p.col, p.colspan), ...own] : [];
          return {
            header: isRowHeader,
            ...content(p.cell.value, isRowHeader, lang),
            ...spans(p),
            ...(isRowHeader && { scope: "row" as const }),
            ...(isRowHeader && levels && { id: idOf(p, prefix) }),
            ...(ids.length && { headers: ids.join(" ") }),
            ...(!isRowHeader && p.colspan === 1 && numeric[p.col] && { numeric: true }),
          };
        })
        .map(withClass);
    });

  const top = layout.head.rows[0] ?? [];
  const colgroups =
    top.some((p) => p.colspan > 1) && top.reduce((n, p) => n + p.colspan, 0) === layout.columns
      ? top.map((p) => p.colspan)
      : [];
  const columns = layout.columns;
  return {
    id: `${anchor}-table`,
    captionId: `${anchor}-caption`,
    colgroups,
    head,
    body: bodyRows(layout.body, "r"),
    foot: bodyRows(layout.foot, "f"),
    columns,
    ...(columns >= VERY_WIDE_COLUMNS
      ? { width: "very-wide" as const }
      : columns >= WIDE_COLUMNS
        ? { width: "wide" as const }
        : {}),
  };
}
