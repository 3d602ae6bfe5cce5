/*
 * No lonely lines: Paged.js breaks a paragraph wherever the page ends, and does not
 * read `orphans` and `widows`. A paragraph or list item that would leave fewer lines
 * than its `orphans` at the foot of the page moves whole to the next one; one that
 * would carry fewer than its `widows` over takes lines from this page with it. Nor
 * does a page end on a hyphenated line: the word's two halves would be pages apart,
 * nor on a heading whose subheading went on to the next page.
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
    for (const r of range.getClientRects())
      if (r.width > 0 && r.height > 0) rects.push({ top: r.top, bottom: r.bottom, over: r.left >= bounds.right });
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
    else if (!before && target.parentElement && !target.parentElement.classList.contains("pagedjs_page_content"))
      target = target.parentElement;
    else return target;
  }
}

/** A line that starts inside a word: the page would end on a hyphen, the word split over two pages. */
const startsInWord = ([node, i]) => i > 0 && node.data[i - 1] === SHY;

/**
 * The page ends just before a heading that has headings above it («7.3» over «7.3.1»): they go on
 * with it, unless that would leave the page empty — a heading never ends a page.
 */
function keepHeadingsTogether(heading, overflow, bounds) {
  const target = withHeadingsAbove(heading);
  if (target === heading) return undefined;
  const top = (target.getClientRects()[0] || target.getBoundingClientRect()).top;
  return top - bounds.top < 2 ? undefined : startingBefore(target, overflow);
}

function keepLinesTogether(overflow, bounds) {
  const start = nodeAtStart(overflow);
  const heading = (start.nodeType === 1 ? start : start.parentElement)?.closest("h1, h2, h3, h4, h5, h6");
  if (heading && heading.closest(".pagedjs_page_content")) return keepHeadingsTogether(heading, overflow, bounds);
  const element = (start.nodeType === 1 ? start : start.parentElement)?.closest("p, li");
  if (
    !element ||
    !element.closest(".pagedjs_page_content") ||
    element.closest("table") ||
    element.querySelector("p, li, table, figure")
  )
    return undefined;
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

Paged.registerHandlers(KeepLinesTogether);
