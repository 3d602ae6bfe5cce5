/**
 * What a YAML parser error most likely means for the line it stopped on.
 * The commonest mistake in hand-written YAML is a value with «: » in it
 * (`title: Del 2: Egne tiltak`), or one that starts with a character YAML
 * reserves (`*`, `&`, `@`, `` ` ``, `%`, `[`, `{`, `!`, `|`, `>`) or with a quote it
 * doesn't end with: the parser then speaks of indentation. Such a value needs
 * quotes, and the fix is the same line with the value quoted.
 */

/** `key: value` or `- key: value`, as a writer types a line. */
const ENTRY = /^(\s*(?:-\s+)?[^\s:#"'][^:#]*?):[ \t]+(.+?)\s*$/;

function needsQuotes(value: string): boolean {
  if (/^["']/.test(value)) return !/^(".*"|'.*')$/.test(value); // a quote that does not close the value
  return /:\s/.test(value) || /^[*&@`%[{!|>]/.test(value);
}

/** The value in double quotes, escaped as YAML reads it. */
export const doubleQuoted = (value: string): string => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/**
 * The line with its value quoted, when quoting is what the parser error at
 * `column` (1-based) of `line` asks for: the parser stopped inside the value.
 */
export function quotedFix(line: string, column: number): string | undefined {
  const m = ENTRY.exec(line);
  if (!m || !needsQuotes(m[2]!) || column <= m[1]!.length + 1) return undefined;
  return `${m[1]}: ${doubleQuoted(m[2]!)}`;
}
