/**
 * A text's or section's Markdown body: its headings claim anchors and are
 * numbered after the block's own heading, and its captioned tables are
 * numbered with the table blocks, in document order. What it finds is noted
 * for the renderer (KindContext.bodies) and returned for the contents.
 */
import { plainText } from "../../shared/plain-text.ts";
import { bodyOutline } from "../texts.ts";
import { tocText } from "../toc.ts";
import type { BodyHeadingModel } from "../types/blocks.ts";
import type { KindContext, KindModel } from "./context.ts";

function bodyHeadings(body: string | undefined, ctx: KindContext): BodyHeadingModel[] {
  if (!body) return [];
  const outline = bodyOutline(body);
  const found = outline.headings.map((h) => {
    const number = ctx.numbering.heading(ctx.sublevel - 2 - ctx.inParts + h.depth);
    const anchor = ctx.anchors.claim(undefined, plainText(h.text));
    return {
      anchor,
      ...(number && { number }),
      title: number ? `${number} ${tocText(h.text)}` : tocText(h.text),
      depth: h.depth,
    };
  });
  if (found.length)
    ctx.bodies.headings[body.trim()] = found.map(({ anchor, number }) => ({ anchor, ...(number && { number }) }));
  // Its captioned tables are numbered with the table blocks (after headings, which cannot change the chapter).
  const tables = outline.captionedTables;
  if (tables) ctx.bodies.tables[body.trim()] = Array.from({ length: tables }, () => ctx.numbering.label("table"));
  return found;
}

const withBody = (block: { body?: string | undefined }, ctx: KindContext) => {
  const found = bodyHeadings(block.body, ctx);
  return found.length ? { bodyHeadings: found } : {};
};

export const text: KindModel<"text"> = withBody;
export const section: KindModel<"section"> = withBody;
