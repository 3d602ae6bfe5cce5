/*
 * Tables across pages. A table's caption and header rows stay with its first
 * body row, and its total row (tfoot) with the row above it: when the page
 * would end between them, it ends before the table (with a heading just before
 * it), or before the last body row, instead. A group of rows under a row header
 * that spans them is split where the page ends, once two of its rows are on the
 * page, rather than moved whole to the next (Paged.js repeats the row header
 * there). A table that starts at the top of a page is left as it is.
 *
 * Why: Paged.js ends a page wherever the content runs over, so a caption and
 * header could be left alone at a page's foot, a total row cut off from the
 * rows it adds up, and Chromium moves a spanned group of rows whole.
 */

/** True when the whole of `node` comes before where the range starts (or ends right there). */
function endsBefore(range, node) {
  const after = document.createRange();
  after.setStartAfter(node);
  return after.compareBoundaryPoints(Range.START_TO_START, range) <= 0;
}

/**
 * Chromium will not break a table between rows that a cell spans, so a group of rows under a
 * row header moves whole to the next page. Break it where the page ends instead, once two of
 * its rows fit: the rows are measured where they went (overflowing content lies to the right).
 */
function splitRowGroup(range, bounds) {
  const row = nodeAtStart(range);
  if (row.nodeType !== 1 || row.tagName !== "TR" || !row.parentElement || row.parentElement.tagName !== "TBODY")
    return undefined;
  const span = Math.max(...Array.from(row.cells, (c) => c.rowSpan || 1));
  const above = row.previousElementSibling || row.parentElement.previousElementSibling;
  if (span < 3 || !above || above.getBoundingClientRect().left >= bounds.right) return undefined;
  let y = above.getBoundingClientRect().bottom;
  let next = row;
  for (let i = 0; i < span && next; i++, next = next.nextElementSibling) {
    y += next.getBoundingClientRect().height;
    if (y > bounds.bottom) return i >= 2 ? startingBefore(next, range) : undefined;
  }
  return undefined;
}

const SHORT_TABLE_ROWS = 6;

function keepTableParts(range, rendered, bounds) {
  const start = nodeAtStart(range);
  const element = start.nodeType === 1 ? start : start.parentElement;
  const table = element && element.closest("table");
  if (!table || table === element || !rendered.contains(table)) return undefined;
  // A table laid out as blocks (a workshop mat on paper) flows like text.
  if (getComputedStyle(table).display !== "table") return undefined;
  const continued = table.dataset.splitFrom || table.querySelector(":scope > thead[data-repeated-header]");
  const rows = table.querySelectorAll(":scope > tbody > tr");
  const first = rows[0];
  // A short table (a few rows, under half a page) is never split: it goes on to the next page whole.
  const short = rows.length <= SHORT_TABLE_ROWS && table.getBoundingClientRect().height < bounds.height / 2;
  // A first row taller than half a page would leave as much white: it is split where it falls.
  if (
    !continued &&
    (short || !first || !endsBefore(range, first)) &&
    (!first || first.getBoundingClientRect().height < bounds.height / 2)
  ) {
    // Caption or header without a whole body row under it, or a short table: the page ends before the table.
    let target = table.closest(".table-scroll") || table;
    if (
      target.parentElement &&
      target.parentElement.classList.contains("table-block") &&
      !target.previousElementSibling
    )
      target = target.parentElement;
    while (target.previousElementSibling && /^H[1-6]$/.test(target.previousElementSibling.tagName))
      target = target.previousElementSibling;
    // Its first fragment: a box that runs on into the overflow has a bounding box from the top of the page.
    const fragment = target.getClientRects()[0] || target.getBoundingClientRect();
    if (fragment.top - bounds.top < 2) return undefined;
    return startingBefore(target, range);
  }
  if (element.closest("tfoot") && rows.length >= 2) {
    // A total row alone at the top of a page: the last body row goes with it.
    const last = rows[rows.length - 1];
    return endsBefore(range, last) ? startingBefore(last, range) : undefined;
  }
  return undefined;
}

class KeepTableParts extends Paged.Handler {
  onOverflow(overflow, rendered, bounds) {
    if (!overflow) return undefined;
    const split = splitRowGroup(overflow, bounds) || overflow;
    return keepTableParts(split, rendered, bounds) || (split !== overflow ? split : undefined);
  }
}

Paged.registerHandlers(KeepTableParts);
