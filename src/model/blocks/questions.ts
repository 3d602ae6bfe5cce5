/** A questions block: each question gets an anchor of its own (its id, or one made from its words), before its answers take theirs. */
import { plainText } from "../../shared/plain-text.ts";
import type { KindModel } from "./context.ts";

export const questions: KindModel<"questions"> = (block, { anchors }) => ({
  itemAnchors: block.items.map((q) => anchors.claim(q.id, plainText(q.question))),
});
