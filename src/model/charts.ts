/**
 * Which blocks get a chart, and its data: participants by role, a poll's
 * results (its items' counts, or else how many of the participants answered),
 * and key figures marked as a series. Charts only restate numbers that the
 * page also shows as text or in a table.
 */
import { formatNumber } from "../shared/format.ts";
import type { Lang, UiStrings } from "../shared/i18n/index.ts";
import { plainText } from "../shared/plain-text.ts";
import type { BarChart } from "./types/chart.ts";
import type { Block } from "../schema/blocks/index.ts";

/** More bars than this make a chart nobody can read: the table says it better. */
export const MAX_BARS = 12;

const describe = (bars: BarChart["bars"]) => bars.map((b) => `${b.label}: ${b.text}`).join("; ");

/** A chart of the bars, described by them; none when there are none, or too many to read. */
export function chartFrom(id: string, title: string, bars: BarChart["bars"]): BarChart | undefined {
  return bars.length > 0 && bars.length <= MAX_BARS ? { id, title, description: describe(bars), bars } : undefined;
}

export interface ChartContext {
  anchor: string;
  ui: UiStrings;
  lang: Lang;
  /** The report's participant total, when it has a participants block. */
  participants?: number;
}

export function chartOf(block: Block, ctx: ChartContext): BarChart | undefined {
  const { ui, lang } = ctx;
  const number = (n: number) => formatNumber(n, lang);
  const id = `${ctx.anchor}-chart`;
  if (block.kind === "participants") {
    return chartFrom(id, `${ui.participantsByRole}`, block.roles.map((r) => ({ label: plainText(r.role), value: r.count, text: number(r.count) })));
  }
  if (block.kind === "poll") {
    const counted = (block.items ?? []).filter((i) => i.count !== undefined);
    if (counted.length) {
      return chartFrom(id, plainText(block.question), counted.map((i) => ({ label: plainText(i.title ?? i.text ?? ""), value: i.count!, text: number(i.count!) })));
    }
    if (block.responses !== undefined && ctx.participants) {
      return chartFrom(id, ui.responsesOfParticipants, [
        { label: ui.answered, value: block.responses, text: number(block.responses) },
        { label: ui.participants, value: ctx.participants, text: number(ctx.participants) },
      ]);
    }
  }
  if (block.kind === "key-figures" && block.series) {
    const numeric = block.items.filter((i): i is typeof i & { value: number } => typeof i.value === "number");
    return chartFrom(id, plainText(block.title ?? ""), numeric.map((i) => ({ label: plainText(i.label ?? ""), value: i.value, text: `${number(i.value)}${i.unit ? `\u00a0${i.unit}` : ""}` })));
  }
  return undefined;
}
