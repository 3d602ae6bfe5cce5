/*
 * Repeat table headers: a table that continues on a new page gets its <thead>
 * again (Paged.js does not do this itself, pagedjs issue #36). The header is
 * added while the page is laid out (renderNode), not afterwards, so the rows
 * that follow are measured with the header in place and none are pushed off
 * the page. The copy is marked data-repeated-header: keep-table-parts.js reads
 * it, repeated-header-ids.js takes the ids out of it.
 *
 * The one handler outside the scope the others share (index.json): its class
 * is a global name, as it always has been.
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
