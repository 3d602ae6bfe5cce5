/**
 * Runs in the browser after Paged.js has laid out the pages: where each
 * heading in the table of contents ended up (page and height on the page).
 * Kept free of imports: Playwright sends the function's source to the page.
 */
import type { HeadingMark } from "./finish-pdf.ts";

export interface Wanted {
  id: string;
  title: string;
  depth: number;
}

export function collectHeadings(wanted: Wanted[]): HeadingMark[] {
  const pages = Array.from(document.querySelectorAll(".pagedjs_page"));
  const marks: HeadingMark[] = [];
  for (const w of wanted) {
    // Paged.js keeps ids on the laid-out elements; CSS.escape copes with any id.
    const el = document.querySelector(`.pagedjs_pages #${CSS.escape(w.id)}`);
    const page = el?.closest(".pagedjs_page");
    if (!el || !page) continue;
    const box = page.getBoundingClientRect();
    const top = (el.getBoundingClientRect().top - box.top) / box.height;
    marks.push({ ...w, page: pages.indexOf(page), top: Math.max(0, Math.min(1, top)) });
  }
  return marks;
}
