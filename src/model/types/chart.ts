/** A bar chart as data: what the model says a chart shows, and render draws as SVG. */

export interface Bar {
  label: string;
  value: number;
  /** The value as written for a reader: "1 200", "57 %". */
  text: string;
}

export interface BarChart {
  /** Unique on the page: used for the ids of title and description. */
  id: string;
  title: string;
  description: string;
  bars: Bar[];
}
