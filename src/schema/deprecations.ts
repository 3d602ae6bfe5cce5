/**
 * Keys that content written for an earlier samling used and that are now
 * named otherwise, or gone. Such a key keeps working: validation reads it as
 * its new name and warns (`schema/deprecated-key`), and `samling check --fix`
 * rewrites it in the file. An entry stays for at least one minor version and
 * until the next major; removing it ends the grace, and the old key is then
 * unknown. CHANGELOG.md names each entry for the people who write content.
 */

/** Which files a key lives in: one of the content files, or blocks of one kind. */
export type DeprecationFile = "site" | "themes" | "solution" | "report" | `block:${string}`;

export interface Deprecation {
  file: DeprecationFile;
  /** The path of the mapping that holds the key, from the file's root; "*" stands for every item of a list. */
  under: readonly string[];
  key: string;
  /** The key that replaces it; absent when the key is simply gone (its value is no longer used). */
  renamedTo?: string;
  /** The version that began the warning. */
  since: string;
  /** The first version that may refuse the key. */
  until: string;
}

export const DEPRECATIONS: readonly Deprecation[] = [
  // A block's `title` is its heading in the contents; the headings inside a block are `…Heading`, like participants' roleHeading.
  {
    file: "block:group-task",
    under: [],
    key: "proposalsTitle",
    renamedTo: "proposalsHeading",
    since: "1.0.0",
    until: "2.0.0",
  },
  {
    file: "block:group-task",
    under: [],
    key: "measuresTitle",
    renamedTo: "measuresHeading",
    since: "1.0.0",
    until: "2.0.0",
  },
];

/**
 * A block kind's renamed keys at its root, old name → new name. While the published format stays
 * 1, a block carries both (the model and report.json): a site's own copy of a template, and a
 * program reading the open data, go on finding a value under the name they knew.
 */
export function oldNamesOf(kind: string): ReadonlyArray<readonly [old: string, renamedTo: string]> {
  return DEPRECATIONS.flatMap((d) =>
    d.file === `block:${kind}` && d.under.length === 0 && d.renamedTo ? [[d.key, d.renamedTo] as const] : [],
  );
}
