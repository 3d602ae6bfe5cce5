/*
 * A repeated header is a copy: its cells must not repeat the ids of the header
 * they copy. repeat-table-headers.js copies a table's <thead> onto each page
 * the table continues on; an id must be unique in the document, so once a page
 * is laid out the ids inside its copies are removed (the original keeps them).
 */
class RepeatedHeaderIds extends Paged.Handler {
  afterPageLayout(page) {
    for (const el of page.querySelectorAll("[data-repeated-header] [id]")) el.removeAttribute("id");
  }
}

Paged.registerHandlers(RepeatedHeaderIds);
