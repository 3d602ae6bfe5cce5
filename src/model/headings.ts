/**
 * The heading a block is shown under. Usually its title; a poll or a group
 * task without a title is headed by its question, the way such slides are
 * written ("Menti: … (50 svar)", "Oppgave 3: …").
 */
import type { UiStrings } from "../shared/i18n/index.ts";
import { formatNumber } from "../shared/format.ts";
import type { Block } from "../schema/blocks/index.ts";
import type { Lang } from "../shared/i18n/index.ts";

export interface Heading {
  /** Inline Markdown shown in the heading. */
  heading?: string;
  /** Shorter text for the table of contents and the anchor. */
  label?: string;
}

export function headingOf(block: Block, ui: UiStrings, lang: Lang): Heading {
  if (block.title) return { heading: block.title, label: block.title };
  if (block.kind === "references") return { heading: ui.references, label: ui.references };
  if (block.kind === "poll") {
    const tool = block.tool ? `${block.tool}: ` : "";
    const count = block.responses !== undefined ? ` (${formatNumber(block.responses, lang)} ${ui.responses})` : "";
    return { heading: `${tool}${block.question}${count}`, label: block.question };
  }
  if (block.kind === "group-task") {
    const label = block.number !== undefined ? `${ui.task} ${block.number}: ${block.question}` : block.question;
    return { heading: label, label };
  }
  return {};
}
