/**
 * A poll: its counted answers as a chart; a poll with no counts but a number
 * of responses shows how many of the report's participants answered. Each
 * number is shown once: when the chart holds every answer, the list of them
 * is left out, and the chart's table is for screen readers only.
 */
import { formatNumber } from "../../shared/format.ts";
import { plainText } from "../../shared/plain-text.ts";
import { chartFrom } from "../charts.ts";
import type { KindModel } from "./context.ts";

export const poll: KindModel<"poll"> = (block, { anchor, ui, lang, participants }) => {
  const id = `${anchor}-chart`;
  const number = (n: number) => formatNumber(n, lang);
  const counted = (block.items ?? []).filter((i) => i.count !== undefined);
  let chart;
  if (counted.length) {
    chart = chartFrom(
      id,
      plainText(block.question),
      counted.map((i) => ({ label: plainText(i.title ?? i.text ?? ""), value: i.count!, text: number(i.count!) })),
    );
  } else if (block.responses !== undefined && participants) {
    chart = chartFrom(id, ui.responsesOfParticipants, [
      { label: ui.answered, value: block.responses, text: number(block.responses) },
      { label: ui.participants, value: participants, text: number(participants) },
    ]);
  }
  // An answer that is only a label and a count is all in its bar.
  const items = block.items ?? [];
  const chartShowsAll =
    counted.length > 0 && counted.length === items.length && items.every((i) => !(i.title && i.text));
  return chart ? { chart, ...(chartShowsAll && { chartShowsAll: true as const }) } : {};
};
