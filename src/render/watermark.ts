/**
 * A draft's watermark as a drawing, not text: the word (UTKAST, DRAFT) in
 * strokes of an SVG, laid behind each page as a background image. Letters
 * drawn as text were read out by pdftotext, copy-paste and screen readers as
 * «K», «T», «U» between the lines of the report; a background image is outside
 * the text layer and the structure tree. The page's running head still says
 * «UTKAST» in words, once, where a reader expects it.
 */

/** Each letter as strokes in a 60 × 100 box: what the draft word in every language samling speaks needs. */
const LETTERS: Record<string, string> = {
  A: "M0 100 L30 0 L60 100 M12 62 H48",
  D: "M0 0 V100 H22 Q60 100 60 50 Q60 0 22 0 Z",
  F: "M60 0 H0 V100 M0 48 H45",
  K: "M0 0 V100 M60 0 L0 62 M20 42 L60 100",
  R: "M0 100 V0 H34 Q60 0 60 27 Q60 54 34 54 H0 M30 54 L60 100",
  S: "M58 14 Q50 0 30 0 Q2 0 2 25 Q2 45 30 50 Q58 55 58 77 Q58 100 30 100 Q6 100 0 85",
  T: "M0 0 H60 M30 0 V100",
  U: "M0 0 V68 Q0 100 30 100 Q60 100 60 68 V0",
};

const WIDTH = 60;
const GAP = 26;
const STROKE = 13;

/** The word as an SVG data address for CSS `url()`, or undefined when a letter has no strokes here (then only the running head says it). */
export function watermarkUrl(word: string): string | undefined {
  const letters = [...word.toUpperCase()];
  if (letters.length === 0 || letters.some((l) => !LETTERS[l])) return undefined;
  const paths = letters.map((l, i) => `<path transform="translate(${i * (WIDTH + GAP)} 0)" d="${LETTERS[l]}"/>`);
  const width = letters.length * (WIDTH + GAP) - GAP + STROKE;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-STROKE / 2} ${-STROKE / 2} ${width} ${100 + STROKE}">` +
    `<g fill="none" stroke="rgb(0,0,0)" stroke-opacity="0.08" stroke-width="${STROKE}" stroke-linejoin="round" stroke-linecap="round">` +
    `${paths.join("")}</g></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
