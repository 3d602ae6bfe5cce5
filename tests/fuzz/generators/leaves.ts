/**
 * The leaves every generated file is filled with, shared by all families:
 * words and texts (safe, odd and hostile ones, block Markdown, very long
 * lines), ids, dates, times, counts, table cells and image paths, and the two
 * sets of them the shapes are built from — `safeLeaves`, only legal values
 * (for `validSpec`), and `mixedLeaves`, now and then a wrong one (for
 * `mixedSpec`). Also the small helpers for building objects and lists.
 *
 * Imports nothing else from the generators, so every other file can import it.
 */
import fc from "fast-check";

export type Json = unknown;
export type Obj = Record<string, Json>;

/* ------------------------------------------------------------------ texts */

const WORDS = [
  "samarbeid",
  "kommune",
  "helse",
  "møte",
  "tillit",
  "åpenhet",
  "ærlighet",
  "øving",
  "Oppgavedeling",
  "kunnskap",
  "Fremtidens",
  "helsetjenester",
  "starter",
  "i",
  "dag!",
  "bord",
  "gruppe",
  "innbyggere",
  "Agder",
  "Østfold",
  "Tromsø",
  "spørsmål",
  "svar",
  "ressurser",
  "deling",
  "og",
  "på",
  "for",
  "med",
  "Velkommen",
];

/** A valid fødselsnummer (control digits computed), which must always be reported. */
export const NATIONAL_ID = ((): string => {
  for (let n = 100; ; n++) {
    const d = `010190${n}`.split("").map(Number);
    const control = (w: number[]) => {
      const r = 11 - (w.reduce((s, x, i) => s + x * d[i]!, 0) % 11);
      return r === 11 ? 0 : r;
    };
    const k1 = control([3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === 10) continue;
    d.push(k1);
    const k2 = control([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === 10) continue;
    return `010190${n}${k1}${k2}`;
  }
})();

/** Odd but legal one-line texts: each is a valid `inline` value. */
const SAFE_ODD = [
  "2012-rapporten",
  "1.1 Bakgrunn",
  "3. Oppfølging",
  "10 (12) runde bord",
  "123",
  "0",
  "1e3",
  "0x1F",
  "2024-03-01",
  "Årsmøte på Ørland",
  "ÆØÅ-møte",
  "æøå",
  "Ærlig talt",
  "a.b.c",
  "…",
  ".",
  "...",
  "v1.2.3",
  "Dr. Å. Ø. Æsen",
  "**fet** og *kursiv*",
  "***",
  "Tekst[^1]",
  "[^1]: Fotnote.",
  "[^]",
  "| a | b |\n|---|---|\n| 1 | 2 |",
  "|||",
  "| a |",
  "<script>alert(1)</script>",
  "<em>rå HTML</em>",
  "<!-- kommentar -->",
  "<img src=x onerror=alert(1)>",
  "</div>",
  '<a href="https://example.no">x</a>',
  "&lt;&amp;&#0;&#x110000;&nbsp;&bogus;",
  "&#106;avascript",
  "[lenke](https://example.no)",
  "<https://example.no>",
  "[intern](/side/)",
  "[anker](#del-en)",
  "[ref][1]\n\n[1]: https://example.no",
  "[e-post](mailto:post@kommune.no)",
  "[tlf](tel:+4700000000)",
  "https://example.no/auto",
  "[tom]()",
  "[x](<https://example.no/a b>)",
  '[x](https://example.no "tittel")',
  "# Overskrift",
  "###### H6",
  "####### H7",
  "Tittel\n===",
  "Tittel\n---",
  "- a\n- b",
  "1. a\n2. b",
  "> sitat",
  "`kode`",
  "```\nkode\n```",
  "```",
  "~~x~~",
  "\\*ikke kursiv\\*",
  "**fet",
  "*",
  "_x_",
  "__",
  "post@kommune.no",
  "👩‍👩‍👧 emoji",
  "e\u0301",
  "مرحبا",
  "\u202eRTL",
  "\u00a0hardt mellomrom",
  "null",
  "true",
  "~",
  "-",
  "---",
  "a: b",
  "# ikke kommentar",
  "'sitat'",
  '"dobbel"',
  "{a: 1}",
  "[a, b]",
  "&anker",
  "*alias",
  "!tag",
  "%",
  "@",
  "`",
  "|",
  ">",
  "\\",
  "C:\\mappe\\fil",
  "tab\there",
  "linje 1\nlinje 2",
  "  innrykk",
  "slutt  ",
  "hard  \nbreak",
  "a\\\nb",
  "Samarbeid:",
  "Spørsmål?",
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "Ⅻ",
  "½",
  "٣",
  "𝟘",
];

/** Texts that must be reported (empty, unsafe links, personal data) or are otherwise hostile. */
const HOSTILE = [
  "",
  " ",
  "\t",
  "\n",
  "  \n ",
  "\u200b",
  "\u3000",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](java\tscript:alert(1))",
  "[x](data:text/html,<b>x</b>)",
  "[x](vbscript:msgbox)",
  "<javascript:alert(1)>",
  "[ref][1]\n\n[1]: javascript:alert(1)",
  "[x](file:///etc/passwd)",
  "[x](&#106;avascript:alert(1))",
  "[x](%6Aavascript:alert(1))",
  '<a href="javascript:alert(1)">x</a>',
  "![x](javascript:alert(1))",
  "[x]( javascript:alert(1) )",
  "[x](\u0000javascript:alert(1))",
  "![bilde](https://example.no/a.png)",
  '![bilde](/assets/img/a.png "alt")',
  "![](foto.jpg)",
  "![bilde](finnes-ikke.png)",
  "![bilde](../foto.jpg)",
  "kari.nordmann@kommune.no",
  "912 34 567",
  "+47 22 22 22 22",
  NATIONAL_ID,
  `${NATIONAL_ID.slice(0, 6)} ${NATIONAL_ID.slice(6)}`,
  "01010112345",
  "\u0000",
  "\u0007bell",
  "\u001b[31mrød\u001b[0m",
  "\u007f",
  "\ud800",
  "\udfff",
  "\u2028",
  "\ufeff",
];

/** Repeated many times these are the classic slow inputs for parsers and regular expressions. */
const LONG_UNITS = [
  "a",
  "ord ",
  "æøå ",
  "*",
  "_",
  "[",
  "]",
  "(",
  "<",
  "`",
  "> ",
  "- ",
  "  - ",
  "#",
  "|",
  "\\",
  "[a](",
  "*a",
  "**",
  "![",
  "&amp;",
  "1. ",
  "\n",
  "x\n",
  " \n",
  "[^1]",
  "<!--",
  "a@",
  "1 ",
  "9",
  "12 34 ",
  "-\n",
  ":",
  "a:",
  "_a",
  "~",
  "&",
];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
const long = fc
  .tuple(
    fc.constantFrom(...LONG_UNITS),
    fc.oneof(
      { arbitrary: fc.integer({ min: 50, max: 2_000 }), weight: 9 },
      { arbitrary: fc.integer({ min: 2_000, max: 20_000 }), weight: 1 },
    ),
    fc.constantFrom("", "x", " slutt"),
  )
  .map(([unit, n, tail]) => `${unit.repeat(Math.ceil(n / unit.length))}${tail}`);
const nonBlank = (s: string) => s.trim().length > 0;

/** A line of text that passes `inline`: mostly words, often odd, sometimes very long. */
export const safeText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: words, weight: 6 },
  { arbitrary: fc.constantFrom(...SAFE_ODD), weight: 3 },
  {
    arbitrary: fc
      .array(fc.oneof(words, fc.constantFrom(...SAFE_ODD)), { minLength: 2, maxLength: 5 })
      .map((p) => p.join(" ")),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }).filter(nonBlank), weight: 1 },
  { arbitrary: long.filter((s) => nonBlank(s) && !/@|\d{8}/.test(s)), weight: 1 },
);

/** Anything that might be typed where a text belongs. */
export const oddText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: safeText, weight: 4 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 24 }), weight: 1 },
  { arbitrary: long, weight: 1 },
);

export const MD_SNIPPETS = [
  "Første avsnitt med **fet** tekst.",
  "## Underoverskrift",
  "# Toppnivå",
  "#### Dypt",
  "Tekst med fotnote[^1].\n\n[^1]: Selve fotnoten.",
  "[^a]: fotnote uten henvisning",
  "| Kolonne | Annen |\n| --- | :---: |\n| 1 | 2 |",
  "| ikke | tabell\n|-",
  "<div>\n*blokk-HTML*\n</div>",
  "<script>alert('x')</script>",
  "<details><summary>Mer</summary>Innhold</details>",
  "<!--\nkommentar\n-->",
  "[lenke](https://example.no) og [intern](/a/) og [anker](#b)",
  '[ref]\n\n[ref]: https://example.no "Tittel"',
  "<https://example.no>",
  "- punkt\n  - underpunkt\n    - dypere",
  "1) en\n2) to",
  "> sitat\n>> i sitat",
  "```js\nconst x = 1;\n```",
  "    innrykket kode",
  "***",
  "___",
  "---",
  "Linje med to mellomrom  \nny linje",
  "Tekst\\\nmed backslash-brudd",
  "~~~\nfence\n~~~",
  "Term\n: definisjon",
  "- [ ] oppgave\n- [x] gjort",
  "&copy; &#169; &#xA9; &unknown;",
  "\\<ikke tag\\>",
  "`` ` ``",
];

/** Block Markdown: a few paragraphs of prose, odd syntax and, now and then, a long line. */
export const safeMarkdown: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: words, weight: 3 },
      { arbitrary: fc.constantFrom(...MD_SNIPPETS), weight: 3 },
      { arbitrary: safeText, weight: 1 },
    ),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((p) => p.join("\n\n"))
  .filter(nonBlank);

/** An object with the required keys and any of the others. */
export const opt = (model: Record<string, fc.Arbitrary<Json>>, required: string[]): fc.Arbitrary<Obj> =>
  fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Obj>;

export const list = <T>(item: fc.Arbitrary<T>, min = 0, max = 3) => fc.array(item, { minLength: min, maxLength: max });

/* -------------------------------------------------------------- ids, dates */

export const THEME_IDS = ["kunnskapsdeling", "kommunikasjon", "samarbeid"] as const;
export const STEP_IDS = ["steg-a", "steg-b", "steg-c"];
const BLOCK_IDS = ["innledning", "del-en", "nettverk", "tillit", "æøå-id", "møte-2", "a", "x1", "oppsummering"];
const ODD_IDS = [
  "2012-rad",
  "1",
  "123",
  "Del",
  "a.b",
  "a b",
  "",
  "-a",
  "a-",
  "ÆØÅ",
  "é",
  "a_b",
  "id:x",
  "#anker",
  "x".repeat(300),
  " a",
  "a\n",
  "\u0131",
  "ǅ",
  "Ⅻ",
  "½",
  "٣",
  "𝟘",
  "constructor",
  "__proto__",
  "prototype",
  "tostring",
  "valueof",
  "hasownproperty",
  "main",
  "innhold",
  "toc",
  "top",
  "del",
  "del-2",
];

const safeId = fc.oneof(
  { arbitrary: fc.constantFrom(...BLOCK_IDS), weight: 1 },
  { arbitrary: fc.stringMatching(/^[a-zæøå][a-zæøå0-9-]{2,14}$/), weight: 6 },
);
export const stepId = fc.oneof(
  { arbitrary: fc.constantFrom(...STEP_IDS), weight: 1 },
  { arbitrary: fc.stringMatching(/^steg-[a-z0-9]{3,8}$/), weight: 4 },
);
export const oddId: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: safeId, weight: 2 },
  { arbitrary: fc.constantFrom(...ODD_IDS), weight: 3 },
  { arbitrary: fc.integer(), weight: 1 },
);

const isoDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const ODD_DATES = [
  "2024-02-30",
  "2024-13-01",
  "24-01-01",
  "2024/01/01",
  "2024-1-1",
  "2024-01-01T10:00",
  "0000-01-01",
  "9999-12-31",
  "",
  "i går",
  "2023-02-29",
  "2024-02-29",
];
const oddDate: fc.Arbitrary<Json> = fc.oneof(isoDay, fc.constantFrom<Json>(...ODD_DATES, 20240101, null));
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(":", "."))
  .map(([h, m, sep]) => `${String(h).padStart(2, "0")}${sep}${String(m).padStart(2, "0")}`);
export const count = fc.oneof(
  { arbitrary: fc.nat({ max: 60 }), weight: 4 },
  { arbitrary: fc.nat({ max: 2_000_000_000 }), weight: 1 },
);

/* ----------------------------------------------------------------- leaves */

/** The leaves a shape is filled with: legal values for `valid`, anything for `structured`. */
export interface Leaves {
  text: fc.Arbitrary<Json>;
  md: fc.Arbitrary<Json>;
  id: fc.Arbitrary<Json>;
  date: fc.Arbitrary<Json>;
  theme: fc.Arbitrary<Json>;
  bool: fc.Arbitrary<Json>;
  count: fc.Arbitrary<Json>;
  time: fc.Arbitrary<Json>;
  /** An image's `src`: the report's own files, mostly. */
  image: fc.Arbitrary<Json>;
  /** A table cell. */
  cell: fc.Arbitrary<Json>;
}

const safeCell: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: safeText, weight: 4 },
  { arbitrary: count, weight: 3 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.array(safeText, { minLength: 1, maxLength: 3 }), weight: 1 },
  {
    arbitrary: opt(
      {
        text: fc.oneof(safeText, count),
        colspan: fc.integer({ min: 1, max: 4 }),
        rowspan: fc.integer({ min: 1, max: 4 }),
      },
      [],
    ),
    weight: 2,
  },
);
const oddCell: fc.Arbitrary<Json> = fc.oneof(
  safeCell,
  fc.constantFrom<Json>(
    "",
    " ",
    1e300,
    -1,
    NaN,
    { colspan: 0 },
    { rowspan: 1000 },
    { colspan: 1.5 },
    { text: {} },
    [[1]],
    [],
    true,
  ),
  opt({ text: oddText, colspan: fc.integer({ min: -2, max: 50 }), rowspan: fc.integer({ min: -2, max: 50 }) }, []),
);

/** Image files most report folders get (see ReportSpec.media), with tabell.csv. */
export const MEDIA = ["foto.jpg", "bilder/kart.png"];
const ODD_IMAGES = [
  "../x.png",
  "/etc/passwd",
  "https://example.no/a.png",
  "bilder/æøå.png",
  "..",
  "bilder/",
  "javascript:alert(1)",
  "foto.JPG",
  "foto.jpg?x=1#y",
  "%E6.png",
  "%",
  "bilder/../foto.jpg",
  "C:\\bilder\\x.png",
  "",
  " ",
  "//cdn.example.no/a.png",
  "data:image/png;base64,AAAA",
  "report.yaml",
  "bilder",
  "bilder/kart.png/",
  "./foto.jpg",
  "foto.jpg ",
  "FOTO.jpg",
];

export const safeLeaves: Leaves = {
  text: safeText,
  md: safeMarkdown,
  id: safeId,
  date: isoDay,
  theme: fc.constantFrom(...THEME_IDS),
  bool: fc.boolean(),
  count,
  time: clock,
  image: fc.constantFrom(...MEDIA, "./foto.jpg"),
  cell: safeCell,
};

/** Mostly legal, now and then anything: one wrong leaf in a file is the common mistake. */
export const mixed = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<Json>): fc.Arbitrary<Json> =>
  fc.oneof({ arbitrary: good as fc.Arbitrary<Json>, weight: 9 }, { arbitrary: bad, weight: 1 });

export const mixedLeaves: Leaves = {
  text: mixed(safeText, oddText),
  md: mixed(safeMarkdown, oddText),
  id: mixed(safeId, oddId),
  date: mixed(isoDay, oddDate),
  theme: mixed(
    fc.constantFrom(...THEME_IDS),
    fc.oneof(oddId, fc.constantFrom("ukjent", "Kunnskapsdeling", "kunnskapsdelin")),
  ),
  bool: mixed(fc.boolean(), fc.constantFrom<Json>("yes", "ja", 1, "true", null)),
  count: mixed(count, fc.constantFrom<Json>(-1, 1.5, 1e21, "12", "tolv", null, Number.MAX_SAFE_INTEGER + 2, -0)),
  time: mixed(clock, fc.constantFrom<Json>("24:00", "9:60", "kl 9", "", 900, "9", "09:00:00")),
  image: mixed(fc.constantFrom(...MEDIA), fc.constantFrom<Json>(...ODD_IMAGES, 1, null)),
  cell: mixed(safeCell, oddCell),
};
