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
      const size = [
        style.getPropertyValue("--pagedjs-pagebox-width").trim(),
        style.getPropertyValue("--pagedjs-pagebox-height").trim(),
      ];
      if (size[0] && (size[0] !== base[0] || size[1] !== base[1])) sizes.set(page.name, size);
    }
    if (!sizes.size) return;
    const css = [...sizes].map(
      ([name, [w, h]]) =>
        // A right or left page takes its sheet's size from the -right/-left variables.
        `.pagedjs_${name}_page { --pagedjs-width: ${w}; --pagedjs-width-right: ${w}; --pagedjs-width-left: ${w}; ` +
        `--pagedjs-height: ${h}; --pagedjs-height-right: ${h}; --pagedjs-height-left: ${h}; page: samling-${name}; }\n` +
        `@page samling-${name} { size: ${w} ${h}; margin: 0; }`,
    );
    const style = document.createElement("style");
    style.textContent = css.join("\n");
    document.head.appendChild(style);
  }
}

Paged.registerHandlers(NamedPageSizes);
