/**
 * Pipe tables in Markdown, through markdown-it-multimd-table: several header
 * rows, `||` for a cell over two columns, `^^` for a cell over two rows, rows
 * that continue on the next line (a line ending in `\`), and a caption in
 * brackets on the line after the table (`[Møteplan for 2025]`). Rendered the
 * way table blocks are: in a scroll box named by the caption, header cells
 * with `scope`, alignment as classes. A table whose top-left header cell is
 * empty has row headers: the first cell of each body row is a `th scope="row"`.
 */
import type { default as MarkdownIt } from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { perText, type TextEnv } from "./text-context.ts";

/** FNV-1a: a short, stable hash of the text, so a table's ids are the same in every build. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const ALIGN: Record<string, string> = { right: "num", center: "align-center", left: "align-start" };

/** The text of a cell, from its open token to its close: "" for an empty cell. */
function cellText(tokens: Token[], open: number): string {
  let text = "";
  for (let i = open + 1; i < tokens.length && tokens[i]!.type !== "th_close" && tokens[i]!.type !== "td_close"; i++) {
    if (tokens[i]!.type === "inline") text += tokens[i]!.content;
  }
  return text.trim();
}

/** The close token matching the cell opened at `open`. */
function closeOf(tokens: Token[], open: number): Token | undefined {
  const type = tokens[open]!.type.replace("_open", "_close");
  for (let i = open + 1; i < tokens.length; i++)
    if (tokens[i]!.type === type && tokens[i]!.level === tokens[open]!.level) return tokens[i];
  return undefined;
}

/** Alignment from the plugin's inline style to a class, so the print stylesheet can set it too. A header over several columns is not aligned with one. */
function alignToClass(token: Token): void {
  const style = token.attrGet("style");
  const align = style ? /text-align:\s*(\w+)/.exec(style)?.[1] : undefined;
  if (!style) return;
  token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
  if (align && ALIGN[align] && Number(token.attrGet("colspan") ?? 1) === 1) token.attrJoin("class", ALIGN[align]);
}

/** Scope on header cells, row headers, caption ids, and what the scroll box is named by. */
function markUp(tokens: Token[], src: string): void {
  const base = `md-table-${hash(src)}`;
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== "table_open") continue;
    const table = tokens[i]!;
    const id = `${base}-${++n}`;
    let section = "";
    let firstInRow = false;
    let rowHeaders = false;
    const headerText: string[] = [];
    let headerRow = 0;
    let caption = false;
    for (let j = i + 1; j < tokens.length && tokens[j]!.type !== "table_close"; j++) {
      const t = tokens[j]!;
      if (t.type === "caption_open") {
        caption = true;
        t.attrs = [["id", `${id}-caption`]]; // on top, whatever side it was written on; its id names the scroll box
      } else if (t.type === "thead_open" || t.type === "tbody_open") section = t.type;
      else if (t.type === "tr_open") firstInRow = true;
      else if (t.type === "tr_close" && section === "thead_open") headerRow++;
      else if (t.type === "th_open" || t.type === "td_open") {
        alignToClass(t);
        const text = cellText(tokens, j);
        if (section === "thead_open") {
          if (firstInRow && headerRow === 0) rowHeaders = text === "";
          if (text === "") {
            // An empty corner announces nothing: a data cell, not a header.
            t.tag = "td";
            closeOf(tokens, j)!.tag = "td";
          } else {
            t.attrSet("scope", Number(t.attrGet("colspan") ?? 1) > 1 ? "colgroup" : "col");
            if (headerRow === 0) headerText.push(text.replace(/[*_`\\]/g, ""));
          }
        } else if (firstInRow && rowHeaders && text !== "") {
          t.tag = "th";
          closeOf(tokens, j)!.tag = "th";
          t.attrSet("scope", "row");
        }
        firstInRow = false;
      }
    }
    table.meta = {
      ...(table.meta as object),
      samling: caption ? { labelledBy: `${id}-caption` } : { label: headerText.join(", ") },
    };
  }
}

/** Table markup for rendering: call after tableSyntax. */
export function tableMarkup(md: MarkdownIt): void {
  md.core.ruler.push("table_markup", (state) => markUp(state.tokens, state.src));
  md.renderer.rules.table_open = (tokens, idx) => {
    const meta = (tokens[idx]!.meta as { samling?: { labelledBy?: string; label?: string } } | null)?.samling ?? {};
    const name = meta.labelledBy
      ? `aria-labelledby="${meta.labelledBy}"`
      : `aria-label="${md.utils.escapeHtml(meta.label ?? "")}"`;
    return `<div class="table-scroll" role="region" tabindex="0" ${name}>\n<table class="ds-table md-table" data-color="neutral">\n`;
  };
  md.renderer.rules.table_close = () => "</table>\n</div>\n";
  // A captioned table is numbered with the report's table blocks («Tabell 3»): the model gives the labels.
  md.renderer.rules.caption_open = (tokens, idx, options, env: TextEnv & { caption?: number }, self) => {
    const labels = perText(env, "tables");
    const label = labels?.[(env.caption = (env.caption ?? -1) + 1)];
    return self.renderToken(tokens, idx, options) + (label ? `<span class="data-table__number">${label}</span> ` : "");
  };
}
