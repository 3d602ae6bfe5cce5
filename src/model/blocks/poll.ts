/**
 * A poll: its counted answers as a chart; a poll with no counts but a number
 * of responses shows how many of the report's participants answered.
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
  return chart ? { chart } : {};
};
