import { describe, expect, it } from "vitest";
import { renderBarChart } from "../../src/render/charts/bar-chart.ts";

const chart = {
  id: "deltakere-chart",
  title: "Deltakere etter rolle",
  description: "Politikere: 20; Ledere <og> andre: 5",
  bars: [
    { label: "Politikere", value: 20, text: "20" },
    { label: "Ledere <og> andre", value: 5, text: "5" },
  ],
};

describe("renderBarChart", () => {
  const svg = renderBarChart(chart);
  it("is an image named by its title and description", () => {
    expect(svg).toMatch(/^<svg class="chart" role="img" aria-labelledby="deltakere-chart-title deltakere-chart-desc"/);
    expect(svg).toContain('<title id="deltakere-chart-title">Deltakere etter rolle</title>');
    expect(svg).toContain('<desc id="deltakere-chart-desc">Politikere: 20; Ledere &lt;og&gt; andre: 5</desc>');
  });
  it("draws bars in proportion, the largest across the full width", () => {
    expect([...svg.matchAll(/<rect [^>]*width="([\d.]+)%"/g)].map((m) => Number(m[1]))).toEqual([100, 25]);
  });
  it("writes every label and value as text, escaped", () => {
    expect(svg).toContain(">Ledere &lt;og&gt; andre</text>");
    expect(svg).toContain('text-anchor="end" class="chart__value">20</text>');
  });
  it("sizes its text in pixels and its bars in percent, so it needs no scaling on a phone", () => {
    expect(svg).not.toContain("viewBox");
    expect(svg).toMatch(/width="100%" height="92"/);
  });
});
