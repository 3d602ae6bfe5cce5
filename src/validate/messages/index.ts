import { en, enWords } from "./en.ts";
import { nb, nbWords } from "./nb.ts";
import type { Catalogue, ReportWords } from "./types.ts";

/** Languages diagnostics can be printed in. Nynorsk readers get bokmål until a catalogue exists. */
export type MessageLang = "nb" | "en";

export const catalogues: Record<MessageLang, { rules: Catalogue; words: ReportWords }> = {
  nb: { rules: nb, words: nbWords },
  en: { rules: en, words: enWords },
};
