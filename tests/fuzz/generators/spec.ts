/**
 * The content spec: a whole content folder as data — site.yaml, themes.yaml,
 * and report folders of block files, sections, media, tabell.csv and stray
 * files — before it is written out. `validSpec` is built from the safe shapes
 * and leaves, `mixedSpec` from the mixed ones; every family starts from one of
 * the two. Also the YAML styles the files are written in, and the writing out
 * itself (`toYaml`, `docText`, `toFiles`, and `docsOf`, which pairs each
 * content document with its path).
 */
import fc from "fast-check";
import { CORE_SCHEMA, dump } from "js-yaml";
import { languages } from "../../../src/shared/i18n/index.ts";
import type { FuzzFile } from "../pipeline.ts";
import {
  list,
  MEDIA,
  mixedLeaves,
  NATIONAL_ID,
  opt,
  safeLeaves,
  safeMarkdown,
  safeText,
  THEME_IDS,
  type Json,
  type Leaves,
  type Obj,
} from "./leaves.ts";
import { anyBlock, MIXED_SHAPES, reportMeta, SAFE_SHAPES, type Shapes } from "./shapes.ts";

const SITE_URLS = [
  "https://rapporter.example.no",
  "https://example.no/rapporter/",
  "https://example.no/rapporter",
  "http://localhost:8080/",
  "https://example.no/æøå/",
  "https://xn--rapporter-q5a.no/",
  "/rapporter/",
  "rapporter.example.no",
  "https://example.no/a b/",
];

const siteArb: fc.Arbitrary<Obj> = opt(
  {
    name: safeText,
    description: safeText,
    url: fc.constantFrom(...SITE_URLS),
    lang: fc.constantFrom(...languages),
    logo: fc.constantFrom("/assets/img/logo.svg", "logo.png"),
    colors: opt(
      { primary: fc.constantFrom("#00509e", "#1e2b3c", "#6b0f1a"), accent: fc.constantFrom("#0b6e4f", "#00509e") },
      [],
    ),
    accessibilityStatement: fc.constantFrom("https://uustatus.no/nb/erklaringer/publisert/test"),
    print: opt({ pageSize: fc.constantFrom("A4", "A5", "Letter") }, []),
  },
  ["name"],
);

/** Every theme the blocks may name, and now and then one more. */
const themesArb: fc.Arbitrary<Obj> = fc
  .tuple(
    ...[...THEME_IDS, "ubrukt"].map((id) =>
      opt(
        {
          id: fc.constant(id),
          name: opt({ nb: safeText, nn: safeText, en: safeText }, ["nb"]),
          description: opt({ nb: safeMarkdown, en: safeMarkdown }, ["nb"]),
        },
        ["id", "name"],
      ),
    ),
  )
  .chain((themes) =>
    fc.subarray(themes, { minLength: 3 }).map((list) => ({ themes: [...themes.slice(0, 3), ...list.slice(3)] })),
  );

/* ------------------------------------------------------------ the folders */

/** One content file before it is written: YAML data, or a Markdown file's front matter and body. */
export type DocSpec = { type: "yaml"; data: Json } | { type: "md"; front: Json | undefined; body: string };

export interface FileSpec {
  name: string;
  doc: DocSpec;
}

export interface SectionSpec {
  name: string;
  index: FileSpec;
  blocks: Array<FileSpec | SectionSpec>;
}

export interface ReportSpec {
  folder: string;
  meta: Json;
  entries: Array<FileSpec | SectionSpec>;
  /** Files that are not content: ignored ones, unknown ones, an empty folder. */
  extras: string[];
  /** Whether the folder has the image files in MEDIA, and tabell.csv. */
  media: boolean;
  /** tabell.csv. */
  csv: string;
}

export interface ContentSpec {
  site: Json;
  themes: Json | undefined;
  reports: ReportSpec[];
  drafts: boolean;
  style: YamlStyle;
}

/** tabell.csv: a header and rows, with any of the separators, quoting and sizes people paste. */
const csvCell = fc.oneof(
  {
    arbitrary: fc.constantFrom("Kommune", "Antall", "Andel", "Agder", "Østfold", "12", "3,5", "1 234", "-", "", "æøå"),
    weight: 6,
  },
  {
    arbitrary: fc.constantFrom(
      '"sitert, med komma"',
      '"uavsluttet',
      '""',
      'a"b',
      '"linje\nskift"',
      "=SUM(A1:A3)",
      "**fet**",
      "[x](javascript:alert(1))",
      NATIONAL_ID,
    ),
    weight: 1,
  },
  { arbitrary: safeText.map((t) => t.replace(/[\n,;\t"]/g, " ")), weight: 2 },
);
const csvText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(",", ";", "\t", "|"),
    fc.array(fc.array(csvCell, { minLength: 1, maxLength: 5 }), { minLength: 0, maxLength: 8 }),
    fc.constantFrom("\n", "\r\n", "\n\n"),
    fc.constantFrom("", "\ufeff"),
  )
  .map(([sep, rows, eol, bom]) => `${bom}${rows.map((r) => r.join(sep)).join(eol)}${eol}`);

const FOLDERS = [
  "2024-03-01-rapport",
  "rapport",
  "2012",
  "2012-møte",
  "æøå-møte",
  "a.b",
  "Stor-Bokstav",
  "med mellomrom",
  "x".repeat(200),
  "-",
  "report.yaml",
  "01-del",
  "index.md",
  "_skjult",
  ".skjult",
  "README-mappe",
  "ÆØÅ",
  "constructor",
  "__proto__",
];
const STEMS = [
  "innledning",
  "del",
  "blokk",
  "æøå",
  "2012",
  "a.b",
  "x".repeat(120),
  "mellom rom",
  "README",
  "index",
  "report",
];
const YAML_EXT = [".yaml", ".yaml", ".yml", ".YAML", ".Yml"];
export const MD_EXT = [".md", ".md", ".MD", ".Md"];
const EXTRAS = [
  "_notat.md",
  ".skjult.yaml",
  "README.md",
  "README",
  "bilde.png",
  "notat.txt",
  "ingen-endelse",
  "tom-mappe/",
  "undermappe-uten-index/notat.yaml",
];

const fileName = (exts: string[]) =>
  fc.tuple(fc.constantFrom(...STEMS), fc.constantFrom(...exts)).map(([stem, ext]) => `${stem}${ext}`);

/** A Markdown text block: front matter (the block's fields) and a body. */
function mdBlock(S: Shapes, L: Leaves): fc.Arbitrary<DocSpec> {
  return fc
    .tuple(
      fc.option(
        S.text.map((t) => (({ kind: _k, body: _b, ...rest }) => rest)(t)),
        { nil: undefined },
      ),
      L.md,
    )
    .map(([front, body]) => ({
      type: "md" as const,
      front,
      body: String(body ?? ""),
    }));
}

function fileSpec(S: Shapes, L: Leaves): fc.Arbitrary<FileSpec> {
  return fc.oneof(
    {
      arbitrary: fc
        .tuple(fileName(YAML_EXT), anyBlock(S))
        .map(([name, data]) => ({ name, doc: { type: "yaml" as const, data } })),
      weight: 4,
    },
    { arbitrary: fc.tuple(fileName(MD_EXT), mdBlock(S, L)).map(([name, doc]) => ({ name, doc })), weight: 1 },
  );
}

function sectionSpec(S: Shapes, L: Leaves, depth: number): fc.Arbitrary<SectionSpec> {
  const index = fc.oneof(
    S.section.map((data) => ({ name: "index.yaml", doc: { type: "yaml" as const, data } })),
    fc.tuple(S.section, L.md).map(([data, body]) => ({
      name: "index.md",
      doc: { type: "md" as const, front: (({ kind: _k, body: _b, ...rest }) => rest)(data), body: String(body) },
    })),
  );
  const child: fc.Arbitrary<FileSpec | SectionSpec> =
    depth > 0
      ? fc.oneof({ arbitrary: fileSpec(S, L), weight: 5 }, { arbitrary: sectionSpec(S, L, depth - 1), weight: 1 })
      : fileSpec(S, L);
  return fc.record({ name: fc.constantFrom("05-del", "del", "æøå-del", "01-a.b"), index, blocks: list(child, 0, 3) });
}

/** Entries get numbered names (01-, 02-, …) so none collides and the order is the generated one. */
export function numbered<T extends { name: string }>(entries: T[]): T[] {
  return entries.map((e, i) => ({ ...e, name: `${String(i + 1).padStart(2, "0")}-${e.name}` }));
}

function reportSpec(S: Shapes, L: Leaves, meta: fc.Arbitrary<Obj>): fc.Arbitrary<ReportSpec> {
  const entry = fc.oneof({ arbitrary: fileSpec(S, L), weight: 6 }, { arbitrary: sectionSpec(S, L, 1), weight: 1 });
  return fc.record({
    folder: fc.oneof(
      { arbitrary: fc.constantFrom(FOLDERS[0]!, FOLDERS[1]!), weight: 4 },
      { arbitrary: fc.constantFrom(...FOLDERS), weight: 1 },
    ),
    meta,
    entries: list(entry, 1, 5).map(numbered),
    extras: fc.oneof(
      { arbitrary: fc.constant([] as string[]), weight: 5 },
      { arbitrary: fc.uniqueArray(fc.constantFrom(...EXTRAS), { maxLength: 2 }), weight: 1 },
    ),
    media: fc.option(fc.constant(true), { freq: 6, nil: false }),
    csv: csvText,
  });
}

export interface YamlStyle {
  flowLevel: number;
  quoteStyle: "single" | "double";
  forceQuotes: boolean;
  indent: number;
  lineWidth: number;
}

const styleArb: fc.Arbitrary<YamlStyle> = fc.record({
  flowLevel: fc.constantFrom(-1, -1, 0, 1, 2),
  quoteStyle: fc.constantFrom("single", "double"),
  forceQuotes: fc.boolean(),
  indent: fc.constantFrom(2, 2, 4, 1),
  lineWidth: fc.constantFrom(80, 20, -1),
});

export function contentSpec(S: Shapes, L: Leaves): fc.Arbitrary<ContentSpec> {
  return fc
    .record({
      site: siteArb,
      themes: fc.option(themesArb, { freq: 15, nil: undefined }),
      reports: list(reportSpec(S, L, reportMeta(L)), 1, 2),
      drafts: fc.boolean(),
      style: styleArb,
    })
    .map((c) => {
      // Two reports need two folders.
      const seen = new Set<string>();
      const reports = c.reports.map((r, i) => {
        const folder = seen.has(r.folder) ? `${r.folder}-${i + 1}` : r.folder;
        seen.add(folder);
        return { ...r, folder };
      });
      return { ...c, reports };
    });
}

export const validSpec = contentSpec(SAFE_SHAPES, safeLeaves);
export const mixedSpec = contentSpec(MIXED_SHAPES, mixedLeaves);

/* ------------------------------------------------------------ writing out */

export function toYaml(data: Json, style: YamlStyle): string {
  if (data === undefined) return "";
  return dump(data, { schema: CORE_SCHEMA, skipInvalid: true, ...style });
}

function mdText(doc: Extract<DocSpec, { type: "md" }>, style: YamlStyle): string {
  const front = doc.front === undefined ? "" : `---\n${toYaml(doc.front, style)}---\n`;
  return `${front}${doc.body}\n`;
}

export const docText = (doc: DocSpec, style: YamlStyle): string =>
  doc.type === "yaml" ? toYaml(doc.data, style) : mdText(doc, style);

/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);

/** Every file of a content folder, relative to it. */
export function toFiles(spec: ContentSpec): FuzzFile[] {
  const files: FuzzFile[] = [{ path: "site.yaml", data: toYaml(spec.site, spec.style) }];
  if (spec.themes !== undefined) files.push({ path: "themes.yaml", data: toYaml(spec.themes, spec.style) });
  const entries = (dir: string, list: Array<FileSpec | SectionSpec>) => {
    for (const e of list) {
      if ("index" in e) {
        files.push({ path: `${dir}/${e.name}/${e.index.name}`, data: docText(e.index.doc, spec.style) });
        entries(`${dir}/${e.name}`, numbered(e.blocks));
      } else files.push({ path: `${dir}/${e.name}`, data: docText(e.doc, spec.style) });
    }
  };
  for (const r of spec.reports) {
    const dir = `reports/${r.folder}`;
    files.push({ path: `${dir}/report.yaml`, data: toYaml(r.meta, spec.style) });
    entries(dir, r.entries);
    if (r.media) {
      for (const m of MEDIA) files.push({ path: `${dir}/${m}`, data: PNG });
      files.push({ path: `${dir}/tabell.csv`, data: r.csv });
    }
    for (const extra of r.extras)
      files.push({ path: `${dir}/${extra}`, data: extra.endsWith("/") ? "" : "kind: text\nbody: Ekstra.\n" });
  }
  return files;
}

export function docsOf(spec: ContentSpec): Array<{ path: string; doc: DocSpec }> {
  const out: Array<{ path: string; doc: DocSpec }> = [];
  const entries = (dir: string, list: Array<FileSpec | SectionSpec>) => {
    for (const e of list) {
      if ("index" in e) {
        out.push({ path: `${dir}/${e.name}/${e.index.name}`, doc: e.index.doc });
        entries(`${dir}/${e.name}`, numbered(e.blocks));
      } else out.push({ path: `${dir}/${e.name}`, doc: e.doc });
    }
  };
  for (const r of spec.reports) {
    out.push({ path: `reports/${r.folder}/report.yaml`, doc: { type: "yaml", data: r.meta } });
    entries(`reports/${r.folder}`, r.entries);
  }
  if (spec.themes !== undefined) out.push({ path: "themes.yaml", doc: { type: "yaml", data: spec.themes } });
  return out;
}
