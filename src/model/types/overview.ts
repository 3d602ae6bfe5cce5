/** The overview page's figures: each a chart (when it can be read) and the table of its numbers. */

import type { BarChart } from "./chart.ts";

export interface OverviewTable {
  /** Column headings after the row heading's column. */
  columns: string[];
  rows: Array<{ label: string; cells: string[] }>;
}

export interface OverviewFigure {
  id: string;
  title: string;
  /** Absent when there are too many bars to read: the table says it. */
  chart?: BarChart;
  table: OverviewTable;
}
