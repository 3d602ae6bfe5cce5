/*
 * Helpers the table and line handlers share (keep-table-parts.js,
 * keep-lines-together.js). Both work on the range Paged.js hands onOverflow,
 * what would go on to the next page: where it starts, and the same range
 * started earlier, so that more goes on. They share one scope with those
 * handlers (index.json), so these names are not global.
 */

/** The node the range starts at: the child at its offset, or its container (a text node). */
function nodeAtStart(range) {
  const { startContainer: c, startOffset: o } = range;
  return c.nodeType === 1 && c.childNodes[o] ? c.childNodes[o] : c;
}

/** The range started before `target` instead: `target` and what follows it go on to the next page. */
function startingBefore(target, range) {
  const moved = document.createRange();
  moved.setStartBefore(target);
  moved.setEnd(range.endContainer, range.endOffset);
  return moved;
}
