/**
 * One content file after loading: its data (from YAML, or from a Markdown
 * file's front matter), its Markdown body if any, and the means to turn a
 * data path into a line and column in the original file.
 */
import { diagnostic, type Diagnostic, type Params, type Position, type Severity } from "../shared/diagnostic.ts";
import type { RuleId } from "../shared/rules-catalogue.ts";
import { LineIndex } from "./positions.ts";
import { pathKey, type Located, type Locations, type YamlPath } from "./yaml.ts";

export class SourceDoc {
  private lineIndex?: LineIndex;

  constructor(
    /** Display path, relative to the project, forward slashes. */
    readonly file: string,
    readonly text: string,
    readonly data: unknown,
    /** Where each value is; worked out when first asked (only a problem needs it). */
    readonly locations: Locations,
    /** Where the YAML starts inside the file (front matter starts after `---`). */
    readonly yamlOffset = 0,
    /** Markdown body and the 1-based line it starts on. */
    readonly body?: { text: string; line: number },
  ) {}

  /** Built only when a problem is reported. */
  private get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /** Position of the value (or its key) at `path`; the nearest located ancestor if the path itself is absent. */
  position(path: YamlPath, part: keyof Located = "value"): Position {
    for (let n = path.length; n >= 0; n--) {
      const hit = this.locations().get(pathKey(path.slice(0, n)));
      if (hit) return this.lines.position(this.yamlOffset + (n === path.length ? hit[part] : hit.key));
    }
    return { line: 1, column: 1 };
  }

  /** A diagnostic located at `path`, with a code frame. */
  problem(path: YamlPath, rule: RuleId, params: Params = {}, part: keyof Located = "value"): Diagnostic {
    return this.problemAt(this.position(path, part), rule, params);
  }

  /** `severity`: the rule's own unless a check says otherwise (a draft's missing alt text is a warning). */
  problemAt(at: Position, rule: RuleId, params: Params = {}, severity?: Severity): Diagnostic {
    return { ...diagnostic(this.file, at, rule, params, severity), frame: this.lines.frame(at) };
  }

  /**
   * Where `needle` is written, searching from the value at `path` on: a match
   * inside a text value, even one folded over several lines. Falls back to the
   * value's own position when the text is not found as written.
   */
  positionOf(path: YamlPath, needle: string): Position {
    const from = this.position(path);
    const at = this.text.indexOf(needle, this.lines.offset(from));
    return at >= 0 ? this.lines.position(at) : from;
  }

  /** Position of a 0-based offset into the whole file. */
  positionOfOffset(offset: number): Position {
    return this.lines.position(offset);
  }
}
