/**
 * The organisation's colours must be readable where samling uses them
 * (WCAG 2.1 AA): the primary colour carries white text in the page header and
 * is itself text on white and on the tinted surface (4.5:1); the accent colour
 * marks borders and bars (3:1, non-text contrast).
 */
import type { SourceDoc } from "../../load/source-doc.ts";
import type { Site } from "../../schema/site.ts";
import type { Diagnostic } from "../../shared/diagnostic.ts";

/** Backgrounds the primary colour meets: white, and Designsystemet's tinted neutral surface. */
const WHITE = "#ffffff";
const TINTED = "#e8e8e9";

function channel(hex: string, i: number): number {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export const luminance = (hex: string): number =>
  0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const round = (n: number) => Math.floor(n * 100) / 100;

export function checkSiteColours(site: Site, doc: SourceDoc): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (key: "primary" | "accent", background: string, minimum: number, use: string) => {
    const colour = site.colors?.[key];
    if (!colour) return;
    const ratio = contrastRatio(colour, background);
    if (ratio < minimum)
      out.push(
        doc.problem(["colors", key], "site/contrast", { key, colour, background, ratio: round(ratio), minimum, use }),
      );
  };
  check("primary", WHITE, 4.5, "tekst");
  if (!out.length) check("primary", TINTED, 4.5, "tekst");
  check("accent", WHITE, 3, "markering");
  return out;
}
