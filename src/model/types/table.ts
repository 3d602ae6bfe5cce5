/** A table as its template loops over it: rows of cells with spans, scopes and header ids. */

/** One cell as the template writes it. */
export interface TableCellModel {
  /** A header cell (th) or a data cell (td). */
  header: boolean;
  /** Inline Markdown, or a number already formatted. */
  text?: string;
  /** A short list. */
  list?: string[];
  colspan?: number;
  rowspan?: number;
  scope?: "col" | "colgroup" | "row";
  id?: string;
  /** The ids of the header cells that apply, for tables with two levels of headers. */
  headers?: string;
  /** Right-aligned: a cell of a numeric column. */
  numeric?: boolean;
  /** Classes for the cell: «num» (right-aligned), «data-table__word» (one short word, never hyphenated). */
  className?: string;
}

export interface TableModel {
  id: string;
  /** The caption's id: the scroll box is labelled by it. */
  captionId: string;
  /** Column groups from the first header row, when it has cells over several columns. */
  colgroups: number[];
  head: TableCellModel[][];
  body: TableCellModel[][];
  foot: TableCellModel[][];
  columns: number;
  /** «wide» from 7 columns (smaller type on paper), «very-wide» from 10 (a landscape page). */
  width?: "wide" | "very-wide";
}
