import { afterEach, describe, expect, it } from "vitest";
import type { ProcessedImage } from "../../src/media/images.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { pictureHtml, useMedia } from "../../src/render/picture.ts";

const photo: ProcessedImage = {
  width: 1600,
  height: 900,
  sources: [
    {
      type: "image/webp",
      variants: [
        { url: "/bilder/a-480.webp", width: 480 },
        { url: "/bilder/a-1600.webp", width: 1600 },
      ],
    },
    {
      type: "image/jpeg",
      variants: [
        { url: "/bilder/a-480.jpeg", width: 480 },
        { url: "/bilder/a-1600.jpeg", width: 1600 },
      ],
    },
  ],
  fallback: { url: "/bilder/a-480.jpeg", width: 480, height: 270 },
  print: { url: "/bilder/a-1600.jpeg", width: 1600, height: 900 },
  files: [],
  made: {},
};
afterEach(() => useMedia(new Map()));

describe("pictureHtml", () => {
  it("gives the web a <picture> with srcset, sizes, size and lazy loading, under the path prefix", () => {
    useMedia(new Map([["r/bilder/a.jpg", photo]]));
    expect(pictureHtml("r/bilder/a.jpg", 'Et "bord"', { width: "half", prefix: "/rapporter/" })).toBe(
      '<picture><source type="image/webp" srcset="/rapporter/bilder/a-480.webp 480w, /rapporter/bilder/a-1600.webp 1600w" sizes="(min-width: 50rem) 23rem, calc(100vw - 2rem)">' +
        '<img src="/rapporter/bilder/a-480.jpeg" srcset="/rapporter/bilder/a-480.jpeg 480w, /rapporter/bilder/a-1600.jpeg 1600w" sizes="(min-width: 50rem) 23rem, calc(100vw - 2rem)" width="1600" height="900" alt="Et &quot;bord&quot;" loading="lazy" decoding="async" data-pagefind-index-attrs="alt"></picture>',
    );
  });
  it("gives print the print version alone", () => {
    useMedia(new Map([["r/bilder/a.jpg", photo]]));
    expect(pictureHtml("r/bilder/a.jpg", "", { print: true })).toBe(
      '<img src="/bilder/a-1600.jpeg" width="1600" height="900" alt="">',
    );
  });
  it("shows a Markdown image beside the file it is written in", () => {
    useMedia(new Map([["content/reports/r/bilder/a.jpg", photo]]));
    const html = renderMarkdown("![Salen](bilder/a.jpg)", 2, { from: "content/reports/r/03-plenum.md", print: true });
    expect(html).toBe('<p><img src="/bilder/a-1600.jpeg" width="1600" height="900" alt="Salen"></p>\n');
  });
});
