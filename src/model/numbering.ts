/**
 * Automatic numbering (`numbering: true` in report.yaml): titles and headings
 * «1», «1.1», «1.1.1» by depth, parts «Del 1» with their chapters numbered on
 * from the part before, figures and tables per chapter («Figur 2.1»). Without
 * it, titles stay as written and figures and tables count through the report.
 */
import type { UiStrings } from "../shared/i18n/index.ts";

export class Numbering {
  private readonly counters: number[] = [];
  private parts = 0;
  /** Figures and tables so far, by kind: in the current chapter when numbering, else in the report. */
  private readonly labelled = new Map<string, number>();
  private labelledChapter = 0;

  constructor(
    readonly enabled: boolean,
    private readonly ui: UiStrings,
  ) {}

  /** The number of a heading `depth` levels below the chapters (0: a chapter): «2.3». */
  heading(depth: number): string | undefined {
    if (!this.enabled) return undefined;
    for (let d = 0; d < depth; d++) this.counters[d] ??= 0;
    this.counters[depth] = (this.counters[depth] ?? 0) + 1;
    this.counters.length = depth + 1;
    return this.counters.join(".");
  }

  /** A part's label: «Del 2». */
  part(): string | undefined {
    return this.enabled ? `${this.ui.part} ${++this.parts}` : undefined;
  }

  /** «Figur 3», or with numbering «Figur 2.1» (the figure's chapter, then its place in it). */
  label(kind: "figure" | "table"): string {
    const chapter = this.enabled ? (this.counters[0] ?? 0) : 0;
    if (chapter !== this.labelledChapter) {
      this.labelled.clear();
      this.labelledChapter = chapter;
    }
    const n = (this.labelled.get(kind) ?? 0) + 1;
    this.labelled.set(kind, n);
    return `${this.ui[kind]} ${chapter > 0 ? `${chapter}.${n}` : n}`;
  }
}
