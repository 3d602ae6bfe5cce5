/*
 * Paged.js handlers for the print layout.
 *
 * Repeat table headers: a table that continues on a new page gets its <thead>
 * again (Paged.js does not do this itself, pagedjs issue #36). The header is
 * added while the page is laid out (renderNode), not afterwards, so the rows
 * that follow are measured with the header in place and none are pushed off
 * the page.
 */
class RepeatTableHeaders extends Paged.Handler {
  renderNode(clone, node) {
    if (clone.nodeType !== 1 || clone.tagName !== "TR") return;
    const rendered = clone.closest("table");
    const source = node.closest && node.closest("table");
    if (!rendered || !source || rendered.querySelector(":scope > thead")) return;
    const head = source.querySelector(":scope > thead");
    if (!head) return;
    const copy = head.cloneNode(true);
    // Paged.js finds where to put nodes by data-ref; the copy must not be mistaken for the original.
    for (const el of [copy, ...copy.querySelectorAll("[data-ref]")]) el.removeAttribute("data-ref");
    copy.setAttribute("data-repeated-header", "");
    rendered.insertBefore(copy, rendered.firstChild);
  }
}

Paged.registerHandlers(RepeatTableHeaders);

/* Tables, named page sizes: in a scope of their own, so their helpers name nothing global. */
(() => {
  /*
   * Tables across pages. A table's caption and header rows stay with its first
   * body row, and its total row (tfoot) with the row above it: when the page
   * would end between them, it ends before the table (with a heading just before
   * it), or before the last body row, instead. A group of rows under a row header
   * that spans them is split where the page ends, once two of its rows are on the
   * page, rather than moved whole to the next (Paged.js repeats the row header
   * there). A table that starts at the top of a page is left as it is.
   */
  function nodeAtStart(range) {
    const { startContainer: c, startOffset: o } = range;
    return c.nodeType === 1 && c.childNodes[o] ? c.childNodes[o] : c;
  }

  /** True when the whole of `node` comes before where the range starts (or ends right there). */
  function endsBefore(range, node) {
    const after = document.createRange();
    after.setStartAfter(node);
    return after.compareBoundaryPoints(Range.START_TO_START, range) <= 0;
  }

  function startingBefore(target, range) {
    const moved = document.createRange();
    moved.setStartBefore(target);
    moved.setEnd(range.endContainer, range.endOffset);
    return moved;
  }

  /**
   * Chromium will not break a table between rows that a cell spans, so a group of rows under a
   * row header moves whole to the next page. Break it where the page ends instead, once two of
   * its rows fit: the rows are measured where they went (overflowing content lies to the right).
   */
  function splitRowGroup(range, bounds) {
    const row = nodeAtStart(range);
    if (row.nodeType !== 1 || row.tagName !== "TR" || !row.parentElement || row.parentElement.tagName !== "TBODY") return undefined;
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
    if (!continued && (short || !first || !endsBefore(range, first)) && (!first || first.getBoundingClientRect().height < bounds.height / 2)) {
      // Caption or header without a whole body row under it, or a short table: the page ends before the table.
      let target = table.closest(".table-scroll") || table;
      if (target.parentElement && target.parentElement.classList.contains("table-block") && !target.previousElementSibling) target = target.parentElement;
      while (target.previousElementSibling && /^H[1-6]$/.test(target.previousElementSibling.tagName)) target = target.previousElementSibling;
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

  /*
   * No lonely lines: Paged.js breaks a paragraph wherever the page ends, and does not
   * read `orphans` and `widows`. A paragraph or list item that would leave fewer lines
   * than its `orphans` at the foot of the page moves whole to the next one; one that
   * would carry fewer than its `widows` over takes lines from this page with it. Nor
   * does a page end on a hyphenated line: the word's two halves would be pages apart.
   */
  /**
   * The lines of an element's own text (a footnote inside it floats away to the page's foot), in
   * order: those on the page first, then those that overflow it, which Paged.js lays out in a column
   * to the right of the page, from its top again.
   */
  function lineBoxes(element, bounds) {
    const range = document.createRange();
    const rects = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".footnote")) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push({ top: r.top, bottom: r.bottom, over: r.left >= bounds.right });
    }
    rects.sort((a, b) => a.over - b.over || a.top - b.top);
    const lines = [];
    for (const r of rects) {
      const line = lines[lines.length - 1];
      // A superscript or a link sits a little higher or lower, on the same line.
      if (line && line.over === r.over && r.top < line.bottom - 1) line.bottom = Math.max(line.bottom, r.bottom);
      else lines.push({ ...r });
    }
    return lines;
  }

  const SHY = "\u00ad";

  /**
   * The first text position in `element` on `line`. Chromium reports the first letter of a line that
   * starts inside a word (after a soft hyphen) on the line above: the letter before is the first.
   */
  function lineStart(element, line, bounds) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".footnote")) continue;
      for (let i = 0; i < node.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.left >= bounds.right !== line.over || rect.top < line.top - 1) continue;
        return i >= 2 && node.data[i - 2] === SHY ? [node, i - 1] : [node, i];
      }
    }
    return undefined;
  }

  const isHeading = (el) => /^H[1-6]$/.test(el.tagName) || el.classList.contains("running-head");

  /**
   * An element with the headings right before it (a heading keeps with what follows): its own
   * siblings, or, when it opens its block, the block's title and running head.
   */
  function withHeadingsAbove(element) {
    let target = element;
    for (;;) {
      const before = target.previousElementSibling;
      if (before && isHeading(before)) target = before;
      else if (!before && target.parentElement && !target.parentElement.classList.contains("pagedjs_page_content")) target = target.parentElement;
      else return target;
    }
  }

  /** A line that starts inside a word: the page would end on a hyphen, the word split over two pages. */
  const startsInWord = ([node, i]) => i > 0 && node.data[i - 1] === SHY;

  function keepLinesTogether(overflow, bounds) {
    const start = nodeAtStart(overflow);
    const element = (start.nodeType === 1 ? start : start.parentElement)?.closest("p, li");
    if (!element || !element.closest(".pagedjs_page_content") || element.closest("table") || element.querySelector("p, li, table, figure")) return undefined;
    const style = getComputedStyle(element);
    const [orphans, widows] = [Number(style.orphans) || 2, Number(style.widows) || 2];
    const lines = lineBoxes(element, bounds);
    const before = lines.filter((l) => !l.over && l.bottom <= bounds.bottom + 1).length;
    const after = lines.length - before;
    if (before === 0 || after === 0) return undefined;
    // The line the next page starts with: enough lines carried over, and not a word's second half.
    let next = after < widows ? before - (widows - after) : before;
    let at = next >= orphans ? lineStart(element, lines[next], bounds) : undefined;
    while (at && startsInWord(at) && next > orphans) at = lineStart(element, lines[--next], bounds);
    if (!at || startsInWord(at) || next < orphans) {
      // Too few lines would stay at the page's foot: the whole paragraph goes on, with the headings just
      // above it, unless that would leave the page empty.
      if (lines[0].over) return undefined;
      const target = withHeadingsAbove(element);
      const top = (target.getClientRects()[0] || target.getBoundingClientRect()).top;
      return top - bounds.top < 2 ? undefined : startingBefore(target, overflow);
    }
    if (at[0] === overflow.startContainer && at[1] === overflow.startOffset) return undefined;
    const moved = document.createRange();
    moved.setStart(at[0], at[1]);
    moved.setEnd(overflow.endContainer, overflow.endOffset);
    return moved;
  }

  class KeepLinesTogether extends Paged.Handler {
    onOverflow(overflow, rendered, bounds) {
      return overflow ? keepLinesTogether(overflow, bounds) : undefined;
    }
  }

  class KeepTableParts extends Paged.Handler {
    onOverflow(overflow, rendered, bounds) {
      if (!overflow) return undefined;
      const split = splitRowGroup(overflow, bounds) || overflow;
      return keepTableParts(split, rendered, bounds) || (split !== overflow ? split : undefined);
    }
  }

  /*
   * A landscape page (`page: wide`, for very wide tables): Paged.js sizes the
   * page box, but prints every sheet at the first page's size. Each named page
   * whose box differs gets a sheet, and a printed page, of its own size.
   */
  class NamedPageSizes extends Paged.Handler {
    afterRendered(pages) {
      const root = getComputedStyle(document.documentElement);
      const base = [root.getPropertyValue("--pagedjs-width").trim(), root.getPropertyValue("--pagedjs-height").trim()];
      const sizes = new Map();
      for (const page of pages) {
        if (!page.name) continue;
        const style = getComputedStyle(page.element);
        const size = [style.getPropertyValue("--pagedjs-pagebox-width").trim(), style.getPropertyValue("--pagedjs-pagebox-height").trim()];
        if (size[0] && (size[0] !== base[0] || size[1] !== base[1])) sizes.set(page.name, size);
      }
      if (!sizes.size) return;
      const css = [...sizes].map(([name, [w, h]]) =>
        // A right or left page takes its sheet's size from the -right/-left variables.
        `.pagedjs_${name}_page { --pagedjs-width: ${w}; --pagedjs-width-right: ${w}; --pagedjs-width-left: ${w}; ` +
        `--pagedjs-height: ${h}; --pagedjs-height-right: ${h}; --pagedjs-height-left: ${h}; page: samling-${name}; }\n` +
        `@page samling-${name} { size: ${w} ${h}; margin: 0; }`);
      const style = document.createElement("style");
      style.textContent = css.join("\n");
      document.head.appendChild(style);
    }
  }

  /* A repeated header is a copy: its cells must not repeat the ids of the header they copy. */
  class RepeatedHeaderIds extends Paged.Handler {
    afterPageLayout(page) {
      for (const el of page.querySelectorAll("[data-repeated-header] [id]")) el.removeAttribute("id");
    }
  }

  Paged.registerHandlers(KeepTableParts, KeepLinesTogether, NamedPageSizes, RepeatedHeaderIds);
})();

