import { en } from "./en.ts";
import { nb, type UiKey, type UiStrings } from "./nb.ts";
import { nn } from "./nn.ts";

export const languages = ["nb", "nn", "en"] as const;
export type Lang = (typeof languages)[number];

const strings: Record<Lang, UiStrings> = { nb, nn, en };

/** UI strings for a language, with a report's own label overrides on top. */
export function uiStrings(lang: Lang, overrides: Partial<Record<UiKey, string>> = {}): UiStrings {
  return { ...strings[lang], ...overrides };
}

export { uiKeys, type UiKey, type UiStrings } from "./nb.ts";
