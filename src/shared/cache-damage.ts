/**
 * A cache entry found damaged — cut short, unparsable, half missing — and
 * dropped, to be made again. Reported as a warning (rule `cache/damaged`) so
 * a writer whose disk is failing hears of it; never a reason to stop.
 */
import { diagnostic, type Diagnostic } from "./diagnostic.ts";
import { displayPath } from "./display-path.ts";

export interface CacheDamage {
  /** The file of the entry that was found wrong (absolute). */
  file: string;
  reason: "checksum" | "unreadable" | "incomplete";
}

export const cacheDamageWarning = (d: CacheDamage): Diagnostic =>
  diagnostic(displayPath(d.file), undefined, "cache/damaged", { reason: d.reason });
