/**
 * The template files samling writes (a report shape for `new`, a site for
 * `init`) name what they take from the writer as `{{key}}`. A name the values
 * lack stays as written, so a mistake shows instead of vanishing; `${{ … }}`
 * in a CI file, with its spaces, is not a placeholder.
 */
export const fillPlaceholders = (text: string, values: Readonly<Record<string, string>>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (written, key: string) => values[key] ?? written);
