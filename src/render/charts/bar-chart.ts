/**
 * Horizontal bar charts as static SVG. Text is set in pixels and bar lengths
 * in percent of the chart's width, so the chart fills its column at any width
 * without scaling its text down on a phone. The chart is an image with a name
 * and a description; its numbers are always also in a table next to it.
 */
import { escapeHtml } from "../html.ts";
import type { BarChart } from "../../model/types/chart.ts";

const ROW = 46;
const BAR = 16;

export function renderBarChart(chart: BarChart): string {
  const max = Math.max(...chart.bars.map((b) => b.value), 0) || 1;
  const height = chart.bars.length * ROW;
  const rows = chart.bars.map((bar, i) => {
    const y = i * ROW;
    const width = Math.max(0.5, (bar.value / max) * 100);
    return [
      `<text x="0" y="${y + 15}" class="chart__label">${escapeHtml(bar.label)}</text>`,
      `<text x="100%" y="${y + 15}" text-anchor="end" class="chart__value">${escapeHtml(bar.text)}</text>`,
      `<rect x="0" y="${y + 22}" width="${width.toFixed(2)}%" height="${BAR}" class="chart__bar"/>`,
    ].join("");
  });
  const [titleId, descId] = [`${chart.id}-title`, `${chart.id}-desc`];
  return (
    `<svg class="chart" role="img" aria-labelledby="${titleId} ${descId}" width="100%" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${titleId}">${escapeHtml(chart.title)}</title><desc id="${descId}">${escapeHtml(chart.description)}</desc>` +
    rows.join("") +
    `</svg>`
  );
}
