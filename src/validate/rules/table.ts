/**
 * Table blocks: rows written either in YAML or in a CSV file, not both; every
 * row as wide as the header (column spans and cells reaching down from rows
 * above counted, as the table will be drawn); CSV merge markers with something
 * to merge into; and a total row equal to the sum of the rows above it, column
 * by numeric column. Missing and malformed CSV files are reported when loaded.
 */
import { layoutTable, tableSource, totalMismatches, type TableBlock, type Where } from "../table-grid.ts";
import { formatNumber } from "../../shared/format.ts";
import { languages, type Lang } from "../../shared/i18n/index.ts";
import type { Diagnostic, Params } from "../../shared/diagnostic.ts";
import type { RuleId } from "../../shared/rules-catalogue.ts";
import { allBlocks, type CheckedReport, type ValidBlock } from "../validated.ts";

const problemAt = (where: Where, rule: RuleId, params: Params): Diagnostic =>
  "path" in where ? where.doc.problem(where.path, rule, params) : where.doc.problemAt(where.at, rule, params);

/** Which way the rows are written: YAML (`head`, `rows`) or a CSV file (`data`, `headerRows`) — one of them. */
function checkShape(block: TableBlock, { doc }: ValidBlock): Diagnostic[] {
  const conflict = (key: string) => doc.problem([key], "table/data-and-rows", { key }, "key");
  if (block.data !== undefined)
    return [...(block.rows ? [conflict("rows")] : []), ...(block.head ? [conflict("head")] : [])];
  return [
    ...(block.rows ? [] : [doc.problem(["kind"], "table/no-rows", {})]),
    ...(block.headerRows !== undefined ? [conflict("headerRows")] : []),
  ];
}

function checkTable(valid: ValidBlock, lang: Lang): Diagnostic[] {
  const block = valid.block as TableBlock;
  const shape = checkShape(block, valid);
  if (shape.length) return shape;
  // A CSV file that is missing or could not be read has been reported where it was loaded.
  if (block.data !== undefined && !valid.csv) return [];
  const out: Diagnostic[] = [];
  const source = tableSource(block, valid.doc, valid.csv);
  for (const s of source.stray) out.push(problemAt(s.where, "table/span", { marker: s.marker }));
  if (source.body.length === 0) {
    return [
      ...out,
      valid.doc.problem([block.headerRows !== undefined ? "headerRows" : "data"], "table/no-rows", {
        headerRows: block.headerRows ?? 1,
      }),
    ];
  }

  const layout = layoutTable(source, block.total);
  const sections = [
    { part: "head", rows: source.head, layout: layout.head },
    {
      part: "body",
      rows: block.total && source.body.length > 1 ? source.body.slice(0, -1) : source.body,
      layout: layout.body,
    },
    { part: "total", rows: source.body.slice(-1), layout: layout.foot },
  ] as const;
  const against = source.head.length ? "head" : "first";
  for (const { part, rows, layout: section } of sections) {
    for (const p of section.overflow) {
      out.push(
        problemAt(p.cell.where, "table/span", { rowspan: p.cell.rowspan, left: section.rows.length - p.row, part }),
      );
    }
    section.widths.forEach((width, r) => {
      if (width === layout.columns) return;
      out.push(
        problemAt(rows[r]!.where, "table/row-cells", {
          part,
          row: part === "total" ? source.body.length : r + 1,
          cells: width,
          columns: layout.columns,
          against,
        }),
      );
    });
  }
  // Sums are only worth comparing in a table whose rows fit its columns.
  if (out.length === 0 && block.total) {
    for (const m of totalMismatches(layout, block.rowHeaders === true, lang)) {
      out.push(
        problemAt(m.cell.where, "table/total", {
          column: m.name,
          index: m.column + 1,
          total: formatNumber(m.total, lang),
          sum: formatNumber(m.sum, lang),
        }),
      );
    }
  }
  return out;
}

/** The report's language, for how its numbers are written: report.yaml is read, not yet validated, when blocks are checked. */
function langOf(report: Partial<Pick<CheckedReport, "metaDoc">>): Lang {
  const lang = (report.metaDoc?.data as { lang?: unknown } | undefined)?.lang;
  return languages.find((l) => l === lang) ?? "nb";
}

export function checkTables(
  report: Pick<CheckedReport, "blocks"> & Partial<Pick<CheckedReport, "metaDoc">>,
): Diagnostic[] {
  const lang = langOf(report);
  const out: Diagnostic[] = [];
  for (const valid of allBlocks(report.blocks)) if (valid.block.kind === "table") out.push(...checkTable(valid, lang));
  return out;
}
