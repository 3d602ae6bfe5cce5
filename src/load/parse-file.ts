/**
 * Turns a content file's text into a SourceDoc: `.yaml`/`.yml` are parsed as
 * YAML; `.md` has optional YAML front matter (read by gray-matter with our own
 * YAML parser as its engine, so both kinds of file share one parser and one
 * way of locating problems) and a Markdown body.
 */
import matter from "gray-matter";
import { diagnostic, type Diagnostic } from "../shared/diagnostic.ts";
import { LineIndex } from "./positions.ts";
import { SourceDoc } from "./source-doc.ts";
import { quotedFix } from "./yaml-hints.ts";
import { parseYaml, type YamlResult } from "./yaml.ts";

export type ParseResult = { ok: true; doc: SourceDoc } | { ok: false; problem: Diagnostic };

function yamlProblem(
  file: string,
  text: string,
  result: Extract<YamlResult, { ok: false }>,
  offset: number,
): Diagnostic {
  const lines = new LineIndex(text);
  const at = lines.position(offset + result.offset);
  const frame = lines.frame(at);
  if (result.aliasBomb) return { ...diagnostic(file, at, "yaml/alias-expansion", result.aliasBomb), frame };
  if (result.aliasCycle) return { ...diagnostic(file, at, "yaml/alias-cycle", result.aliasCycle), frame };
  const line = text.split("\n")[at.line - 1] ?? "";
  const fix = /indentation|whitespace character is expected/.test(result.reason)
    ? quotedFix(line, at.column)
    : undefined;
  if (fix)
    return {
      ...diagnostic(file, at, "yaml/needs-quotes", {
        key: line.trim().replace(/^-\s+/, "").split(":")[0]!,
        fix: fix.trim(),
      }),
      frame,
    };
  return { ...diagnostic(file, at, "yaml/syntax", { reason: result.reason }), frame };
}

export function parseYamlFile(file: string, text: string): ParseResult {
  const result = parseYaml(text, file);
  if (!result.ok) return { ok: false, problem: yamlProblem(file, text, result, 0) };
  return { ok: true, doc: new SourceDoc(file, text, result.value, result.locations) };
}

/**
 * Front matter is YAML between a first line of `---` alone and the next `---`. gray-matter would
 * also take `---json`, `---toml` and `---js` (which it runs as JavaScript!) and read `--- Notater`
 * as a language; here only `---` alone opens front matter, and another language is a located error.
 */
function frontMatterLanguage(file: string, text: string): ParseResult | undefined {
  const firstLine = text.slice(0, (text.indexOf("\n") + 1 || text.length + 1) - 1).trimEnd();
  if (firstLine === "---") return undefined;
  const language = /^---\s*([A-Za-z][\w-]*)$/.exec(firstLine)?.[1];
  if (language && /\n---[ \t]*(\n|$)/.test(text)) {
    const lines = new LineIndex(text);
    const at = { line: 1, column: firstLine.indexOf(language) + 1 };
    return {
      ok: false,
      problem: { ...diagnostic(file, at, "yaml/front-matter-language", { language }), frame: lines.frame(at) },
    };
  }
  return { ok: true, doc: new SourceDoc(file, text, {}, () => new Map(), 0, { text, line: 1 }) };
}

export function parseMarkdownFile(file: string, text: string): ParseResult {
  const notYaml = frontMatterLanguage(file, text);
  if (notYaml) return notYaml;
  let yaml: YamlResult = { ok: true, value: {}, locations: () => new Map() };
  const parsed = matter(text, {
    engines: {
      yaml: {
        parse: (frontMatter: string) => {
          yaml = parseYaml(frontMatter, file);
          return {};
        },
        stringify: () => "",
      },
    },
  });
  // gray-matter hands the engine the text right after the opening `---`.
  const yamlOffset = parsed.matter ? Math.max(0, text.indexOf(parsed.matter, 3)) : 0;
  if (!yaml.ok) return { ok: false, problem: yamlProblem(file, text, yaml, yamlOffset) };
  const bodyLine = text.slice(0, text.length - parsed.content.length).split("\n").length;
  const data = yaml.value ?? {};
  return {
    ok: true,
    doc: new SourceDoc(file, text, data, yaml.locations, yamlOffset, { text: parsed.content, line: bodyLine }),
  };
}
