/** Literal text inside a regular expression: names of folders, words a site lists. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
