/** A table block: the grid its template loops over (model/table.ts, on validation's grid), and its number label. */
import { tableSource } from "../../validate/table-grid.ts";
import { buildTable } from "../table.ts";
import type { KindModel } from "./context.ts";

export const table: KindModel<"table"> = (block, { valid, anchor, lang, numbering }) => {
  const grid = buildTable(block, tableSource(block, valid.doc, valid.csv), { anchor, lang });
  const numberLabel = block.number === false ? undefined : numbering.label("table");
  return { grid, ...(numberLabel && { numberLabel }) };
};
