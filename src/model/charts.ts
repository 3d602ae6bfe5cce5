/**
 * A chart from bars, when it can be read: the blocks that draw one
 * (model/blocks/participants.ts, poll.ts, key-figures.ts) and the overview
 * make their bars and hand them here. Charts only restate numbers that the
 * page also shows as text or in a table.
 */
import type { BarChart } from "./types/chart.ts";

/** More bars than this make a chart nobody can read: the table says it better. */
export const MAX_BARS = 12;

const describe = (bars: BarChart["bars"]) => bars.map((b) => `${b.label}: ${b.text}`).join("; ");

/** A chart of the bars, described by them; none when there are none, or too many to read. */
export function chartFrom(id: string, title: string, bars: BarChart["bars"]): BarChart | undefined {
  return bars.length > 0 && bars.length <= MAX_BARS ? { id, title, description: describe(bars), bars } : undefined;
}
