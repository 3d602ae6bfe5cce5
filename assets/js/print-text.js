/*
 * Paged.js handlers for the text of the print layout: footnotes to the foot of
 * their page, and soft hyphens out of the PDF's text. (Tables and page breaks:
 * print-handlers.js.)
 */
(() => {
  /*
   * Footnotes at the foot of their page. The web markup keeps each note after its
   * text (a numbered list, links back); for print each note moves to where it is
   * referred to, as a span that floats to the page's footnote area (float:
   * footnote, which Paged.js lays out). A note referred to twice moves to its
   * first reference; the second stays a plain number.
   */
  function numberCalls(calls) {
    for (const call of calls) {
      const note = document.querySelector(`.pagedjs_footnote_area [data-ref="${call.dataset.footnoteCall}"]`);
      if (note && note.dataset.number) call.dataset.number = note.dataset.number;
    }
  }

  class NotesToPageFoot extends Paged.Handler {
    beforeParsed(content) {
      for (const link of content.querySelectorAll(".fn-ref > a[href^='#fn-']")) {
        const ref = link.parentElement;
        const item = content.querySelector(link.getAttribute("href"));
        if (!item || item.dataset.moved) {
          ref.replaceWith(
            Object.assign(document.createElement("sup"), { textContent: link.textContent, className: "fn-again" }),
          );
          continue;
        }
        item.dataset.moved = "true";
        const note = document.createElement("span");
        note.className = "footnote";
        // data-note is Paged.js's own mark for a float: footnote; the number goes in data-number.
        note.dataset.number = link.dataset.note;
        for (const back of item.querySelectorAll(".footnotes__back")) back.remove();
        // A note's paragraphs run on in one span: a block inside a float would end the line it is called from.
        const parts = item.querySelectorAll(":scope > p");
        if (parts.length === 0) note.append(...item.childNodes);
        parts.forEach((p, i) => {
          if (i > 0) note.append(" ");
          note.append(...p.childNodes);
        });
        ref.replaceWith(note);
      }
      for (const list of content.querySelectorAll(".footnotes")) list.remove();
    }

    /**
     * The call Paged.js leaves in the text (while it lays out the node, before it measures the line)
     * gets the note's number, so the call and the note read as on the web page.
     */
    renderNode(clone) {
      if (clone.nodeType !== 1) return;
      numberCalls(
        clone.matches("[data-footnote-call]")
          ? [clone]
          : clone.querySelectorAll("[data-footnote-call]:not([data-number])"),
      );
    }

    /** A note Paged.js moved on to the next page gets its call made again there. */
    afterPageLayout(page) {
      numberCalls(page.querySelectorAll("[data-footnote-call]:not([data-number])"));
    }
  }

  /*
   * Soft hyphens, inserted at build time (Chromium on Linux does not hyphenate),
   * go into the PDF's text layer as they are: a reader searching for «nettverk»
   * would not find «nett­verk». Once the pages are laid out, a soft hyphen where
   * a line breaks becomes a hyphen, and every other one is removed. Lines break
   * at the same places (only unused break points go), and the text layer holds
   * whole words, hyphenated only at line ends, which PDF readers join in search.
   */
  const SHY = "\u00ad";

  const topsOf = (range) => Array.from(range.getClientRects(), (r) => Math.round(r.top));

  /** True when the line breaks at the soft hyphen at `i`: the characters either side of it sit on different lines. */
  function brokenAt(range, node, i, next) {
    range.setStart(node, Math.max(0, i - 1));
    if (i < node.length - 1) {
      range.setEnd(node, i + 2);
      return new Set(topsOf(range)).size > 1;
    }
    // Last in its text node: the word goes on in the next one, or on the next page when Paged.js split it there.
    range.setEnd(node, i);
    const before = topsOf(range).at(-1);
    if (
      !next ||
      !next.length ||
      next.parentElement.closest(".pagedjs_page") !== node.parentElement.closest(".pagedjs_page")
    )
      return true;
    range.setStart(next, 0);
    range.setEnd(next, 1);
    return topsOf(range)[0] !== before;
  }

  class SoftHyphensOut extends Paged.Handler {
    afterRendered() {
      const area = document.querySelector(".pagedjs_pages");
      if (!area) return;
      const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
      const texts = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
      const range = document.createRange();
      // Measure every break first, then change the text: a changed node would move what follows it.
      const changes = [];
      texts.forEach((node, k) => {
        if (!node.data.includes(SHY)) return;
        let out = "";
        for (let i = 0; i < node.data.length; i++) {
          if (node.data[i] !== SHY) out += node.data[i];
          else if (i > 0 && brokenAt(range, node, i, texts[k + 1])) out += "-";
        }
        changes.push([node, out]);
      });
      for (const [node, out] of changes) node.data = out;
    }
  }

  /*
   * The running head names the chapter the page starts in. Paged.js's string(…, first) takes the
   * first chapter that starts anywhere on the page, and string(…, start) one that starts exactly at
   * its top edge: a page whose top still belongs to chapter 1 but where chapter 2 starts lower down
   * would be headed «2». A chapter counts as the page's own when nothing but its heading comes before it.
   * The elements are those the print stylesheet gives `string-set: section-title` (20-structure.css).
   */
  const SECTION_TITLE =
    ".print-toc__title, .report__body > .block > .running-head, .report__body > .block--section > .block > .running-head, .colophon__title";

  function firstTextTop(page) {
    const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.data.trim() || n.parentElement.closest(".running-head, .running-title, .pagedjs_footnote_area")) continue;
      range.selectNodeContents(n);
      const rect = range.getClientRects()[0];
      if (rect) return rect.top;
    }
    return Infinity;
  }

  class ChapterHeads extends Paged.Handler {
    afterPageLayout(page) {
      const content = page.querySelector(".pagedjs_page_content");
      if (!content) return;
      const marks = content.querySelectorAll(SECTION_TITLE);
      if (marks.length) {
        // The first mark, if it comes before any text of the page; else the chapter goes on from the page before.
        const first = marks[0];
        const starts = first.getBoundingClientRect().top <= firstTextTop(content) + 1;
        const head = starts ? first.textContent : (this.current ?? "");
        this.current = marks[marks.length - 1].textContent;
        page.style.setProperty("--pagedjs-string-first-section-title", `"${cssText(head)}"`);
      } else if (this.current !== undefined) {
        page.style.setProperty("--pagedjs-string-first-section-title", `"${cssText(this.current)}"`);
      }
    }
  }

  /** Text for a CSS string, as Paged.js writes its own (its value opens with a quote and is closed by the content rule). */
  const cssText = (text) => text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\s+/g, " ").trim();

  Paged.registerHandlers(NotesToPageFoot, SoftHyphensOut, ChapterHeads);
})();
