/**
 * Generators for the pipeline fuzzer: whole content folders (site.yaml,
 * themes.yaml, report folders with blocks and sections) built from the real
 * schemas (src/schema/), then, per family, broken in a different way:
 *
 * - valid:      valid shapes of every block kind with odd-but-legal texts (æøå,
 *               leading digits, Markdown, HTML, very long lines) — these reach
 *               the model and render stages;
 * - structured: the same shapes with wrong types, missing and extra keys, odd
 *               ids and titles, nulls, nested arrays, numbers where text belongs;
 * - bytes:      serialised files cut, spliced and corrupted at the byte level
 *               (truncation, invalid UTF-8, NUL, control characters, BOMs,
 *               CRLF, tabs, unbalanced quotes and brackets, oversize);
 * - yaml:       YAML features: anchors and aliases (shared, cyclic and nested
 *               ones), tags, deep nesting, several documents, complex and
 *               duplicate keys, odd scalars;
 * - markdown:   Markdown files with odd front matter (languages after `---`,
 *               unclosed, empty) and bodies full of footnote-, table-, HTML- and
 *               link-like syntax and the usual pathological inputs.
 *
 * Everything here is pure: a generated value is never mutated, so fast-check
 * can shrink and replay it.
 */
import fc from "fast-check";
import { CORE_SCHEMA, dump } from "js-yaml";
import { blockKinds } from "../../src/schema/blocks/index.ts";
import { programmeItemKinds } from "../../src/schema/blocks/programme.ts";
import { languages, uiKeys } from "../../src/shared/i18n/index.ts";
import { CANARY, type FuzzCase, type FuzzFile } from "./pipeline.ts";

export const FAMILIES = ["valid", "structured", "bytes", "yaml", "markdown"] as const;
export type Family = (typeof FAMILIES)[number];

type Json = unknown;
type Obj = Record<string, Json>;

/* ------------------------------------------------------------------ texts */

const WORDS = [
  "samarbeid", "kommune", "helse", "møte", "tillit", "åpenhet", "ærlighet", "øving", "Oppgavedeling", "kunnskap",
  "Fremtidens", "helsetjenester", "starter", "i", "dag!", "bord", "gruppe", "innbyggere", "Agder", "Østfold",
  "Tromsø", "spørsmål", "svar", "ressurser", "deling", "og", "på", "for", "med", "Velkommen",
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
  "2012-rapporten", "1.1 Bakgrunn", "3. Oppfølging", "10 (12) runde bord", "123", "0", "1e3", "0x1F", "2024-03-01",
  "Årsmøte på Ørland", "ÆØÅ-møte", "æøå", "Ærlig talt", "a.b.c", "…", ".", "...", "v1.2.3", "Dr. Å. Ø. Æsen",
  "**fet** og *kursiv*", "***", "Tekst[^1]", "[^1]: Fotnote.", "[^]", "| a | b |\n|---|---|\n| 1 | 2 |", "|||", "| a |",
  "<script>alert(1)</script>", "<em>rå HTML</em>", "<!-- kommentar -->", "<img src=x onerror=alert(1)>", "</div>",
  "<a href=\"https://example.no\">x</a>", "&lt;&amp;&#0;&#x110000;&nbsp;&bogus;", "&#106;avascript",
  "[lenke](https://example.no)", "<https://example.no>", "[intern](/side/)",
  "[anker](#del-en)", "[ref][1]\n\n[1]: https://example.no", "[e-post](mailto:post@kommune.no)", "[tlf](tel:+4700000000)",
  "https://example.no/auto", "[tom]()", "[x](<https://example.no/a b>)", "[x](https://example.no \"tittel\")",
  "# Overskrift", "###### H6", "####### H7", "Tittel\n===", "Tittel\n---", "- a\n- b", "1. a\n2. b", "> sitat",
  "`kode`", "```\nkode\n```", "```", "~~x~~", "\\*ikke kursiv\\*", "**fet", "*", "_x_", "__", "post@kommune.no",
  "👩‍👩‍👧 emoji", "e\u0301", "مرحبا", "\u202eRTL", "\u00a0hardt mellomrom", "null", "true", "~", "-", "---", "a: b",
  "# ikke kommentar", "'sitat'", "\"dobbel\"", "{a: 1}", "[a, b]", "&anker", "*alias", "!tag", "%", "@", "`", "|",
  ">", "\\", "C:\\mappe\\fil", "tab\there", "linje 1\nlinje 2", "  innrykk", "slutt  ", "hard  \nbreak", "a\\\nb",
  "Samarbeid:", "Spørsmål?", "constructor", "__proto__", "toString", "hasOwnProperty", "Ⅻ", "½", "٣", "𝟘",
];

/** Texts that must be reported (empty, unsafe links, personal data) or are otherwise hostile. */
const HOSTILE = [
  "", " ", "\t", "\n", "  \n ", "\u200b", "\u3000",
  "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java\tscript:alert(1))", "[x](data:text/html,<b>x</b>)",
  "[x](vbscript:msgbox)", "<javascript:alert(1)>", "[ref][1]\n\n[1]: javascript:alert(1)", "[x](file:///etc/passwd)",
  "[x](&#106;avascript:alert(1))", "[x](%6Aavascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>",
  "![x](javascript:alert(1))", "[x]( javascript:alert(1) )", "[x](\u0000javascript:alert(1))", "![bilde](https://example.no/a.png)",
  "![bilde](/assets/img/a.png \"alt\")", "![](foto.jpg)", "![bilde](finnes-ikke.png)", "![bilde](../foto.jpg)",
  "kari.nordmann@kommune.no", "912 34 567", "+47 22 22 22 22", NATIONAL_ID, `${NATIONAL_ID.slice(0, 6)} ${NATIONAL_ID.slice(6)}`,
  "01010112345", "\u0000", "\u0007bell", "\u001b[31mrød\u001b[0m", "\u007f", "\ud800", "\udfff", "\u2028", "\ufeff",
];

/** Repeated many times these are the classic slow inputs for parsers and regular expressions. */
const LONG_UNITS = [
  "a", "ord ", "æøå ", "*", "_", "[", "]", "(", "<", "`", "> ", "- ", "  - ", "#", "|", "\\", "[a](", "*a", "**", "![",
  "&amp;", "1. ", "\n", "x\n", " \n", "[^1]", "<!--", "a@", "1 ", "9", "12 34 ", "-\n", ":", "a:", "_a", "~", "&",
];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
const long = fc
  .tuple(
    fc.constantFrom(...LONG_UNITS),
    fc.oneof({ arbitrary: fc.integer({ min: 50, max: 2_000 }), weight: 9 }, { arbitrary: fc.integer({ min: 2_000, max: 20_000 }), weight: 1 }),
    fc.constantFrom("", "x", " slutt"),
  )
  .map(([unit, n, tail]) => `${unit.repeat(Math.ceil(n / unit.length))}${tail}`);
const nonBlank = (s: string) => s.trim().length > 0;

/** A line of text that passes `inline`: mostly words, often odd, sometimes very long. */
export const safeText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: words, weight: 6 },
  { arbitrary: fc.constantFrom(...SAFE_ODD), weight: 3 },
  { arbitrary: fc.array(fc.oneof(words, fc.constantFrom(...SAFE_ODD)), { minLength: 2, maxLength: 5 }).map((p) => p.join(" ")), weight: 2 },
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

const MD_SNIPPETS = [
  "Første avsnitt med **fet** tekst.", "## Underoverskrift", "# Toppnivå", "#### Dypt", "Tekst med fotnote[^1].\n\n[^1]: Selve fotnoten.",
  "[^a]: fotnote uten henvisning", "| Kolonne | Annen |\n| --- | :---: |\n| 1 | 2 |", "| ikke | tabell\n|-", "<div>\n*blokk-HTML*\n</div>",
  "<script>alert('x')</script>", "<details><summary>Mer</summary>Innhold</details>", "<!--\nkommentar\n-->",
  "[lenke](https://example.no) og [intern](/a/) og [anker](#b)", "[ref]\n\n[ref]: https://example.no \"Tittel\"", "<https://example.no>",
  "- punkt\n  - underpunkt\n    - dypere", "1) en\n2) to", "> sitat\n>> i sitat", "```js\nconst x = 1;\n```", "    innrykket kode",
  "***", "___", "---", "Linje med to mellomrom  \nny linje", "Tekst\\\nmed backslash-brudd", "~~~\nfence\n~~~", "Term\n: definisjon",
  "- [ ] oppgave\n- [x] gjort", "&copy; &#169; &#xA9; &unknown;", "\\<ikke tag\\>", "`` ` ``",
];

/** Block Markdown: a few paragraphs of prose, odd syntax and, now and then, a long line. */
export const safeMarkdown: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: words, weight: 3 }, { arbitrary: fc.constantFrom(...MD_SNIPPETS), weight: 3 }, { arbitrary: safeText, weight: 1 }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((p) => p.join("\n\n"))
  .filter(nonBlank);

/** An object with the required keys and any of the others. */
const opt = (model: Record<string, fc.Arbitrary<Json>>, required: string[]): fc.Arbitrary<Obj> =>
  fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Obj>;

const list = <T>(item: fc.Arbitrary<T>, min = 0, max = 3) => fc.array(item, { minLength: min, maxLength: max });

/* -------------------------------------------------------------- ids, dates */

export const THEME_IDS = ["kunnskapsdeling", "kommunikasjon", "samarbeid"] as const;
const STEP_IDS = ["steg-a", "steg-b", "steg-c"];
const BLOCK_IDS = ["innledning", "del-en", "nettverk", "tillit", "æøå-id", "møte-2", "a", "x1", "oppsummering"];
const ODD_IDS = [
  "2012-rad", "1", "123", "Del", "a.b", "a b", "", "-a", "a-", "ÆØÅ", "é", "a_b", "id:x", "#anker", "x".repeat(300), " a",
  "a\n", "\u0131", "ǅ", "Ⅻ", "½", "٣", "𝟘", "constructor", "__proto__", "prototype", "tostring", "valueof", "hasownproperty",
  "main", "innhold", "toc", "top", "del", "del-2",
];

const safeId = fc.oneof(
  { arbitrary: fc.constantFrom(...BLOCK_IDS), weight: 1 },
  { arbitrary: fc.stringMatching(/^[a-zæøå][a-zæøå0-9-]{2,14}$/), weight: 6 },
);
const stepId = fc.oneof({ arbitrary: fc.constantFrom(...STEP_IDS), weight: 1 }, { arbitrary: fc.stringMatching(/^steg-[a-z0-9]{3,8}$/), weight: 4 });
const oddId: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: safeId, weight: 2 },
  { arbitrary: fc.constantFrom(...ODD_IDS), weight: 3 },
  { arbitrary: fc.integer(), weight: 1 },
);

const isoDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const ODD_DATES = ["2024-02-30", "2024-13-01", "24-01-01", "2024/01/01", "2024-1-1", "2024-01-01T10:00", "0000-01-01", "9999-12-31", "", "i går", "2023-02-29", "2024-02-29"];
const oddDate: fc.Arbitrary<Json> = fc.oneof(isoDay, fc.constantFrom<Json>(...ODD_DATES, 20240101, null));
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(":", ".")).map(([h, m, sep]) => `${String(h).padStart(2, "0")}${sep}${String(m).padStart(2, "0")}`);
const count = fc.oneof({ arbitrary: fc.nat({ max: 60 }), weight: 4 }, { arbitrary: fc.nat({ max: 2_000_000_000 }), weight: 1 });

/* ----------------------------------------------------------- block shapes */

/** The leaves a shape is filled with: legal values for `valid`, anything for `structured`. */
interface Leaves {
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
  { arbitrary: opt({ text: fc.oneof(safeText, count), colspan: fc.integer({ min: 1, max: 4 }), rowspan: fc.integer({ min: 1, max: 4 }) }, []), weight: 2 },
);
const oddCell: fc.Arbitrary<Json> = fc.oneof(
  safeCell,
  fc.constantFrom<Json>("", " ", 1e300, -1, NaN, { colspan: 0 }, { rowspan: 1000 }, { colspan: 1.5 }, { text: {} }, [[1]], [], true),
  opt({ text: oddText, colspan: fc.integer({ min: -2, max: 50 }), rowspan: fc.integer({ min: -2, max: 50 }) }, []),
);

/** Image files most report folders get (see ReportSpec.media), with tabell.csv. */
export const MEDIA = ["foto.jpg", "bilder/kart.png"];
const ODD_IMAGES = [
  "../x.png", "/etc/passwd", "https://example.no/a.png", "bilder/æøå.png", "..", "bilder/", "javascript:alert(1)", "foto.JPG",
  "foto.jpg?x=1#y", "%E6.png", "%", "bilder/../foto.jpg", "C:\\bilder\\x.png", "", " ", "//cdn.example.no/a.png", "data:image/png;base64,AAAA",
  "report.yaml", "bilder", "bilder/kart.png/", "./foto.jpg", "foto.jpg ", "FOTO.jpg",
];

const safeLeaves: Leaves = {
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
const mixed = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<Json>): fc.Arbitrary<Json> =>
  fc.oneof({ arbitrary: good as fc.Arbitrary<Json>, weight: 9 }, { arbitrary: bad, weight: 1 });

const mixedLeaves: Leaves = {
  text: mixed(safeText, oddText),
  md: mixed(safeMarkdown, oddText),
  id: mixed(safeId, oddId),
  date: mixed(isoDay, oddDate),
  theme: mixed(fc.constantFrom(...THEME_IDS), fc.oneof(oddId, fc.constantFrom("ukjent", "Kunnskapsdeling", "kunnskapsdelin"))),
  bool: mixed(fc.boolean(), fc.constantFrom<Json>("yes", "ja", 1, "true", null)),
  count: mixed(count, fc.constantFrom<Json>(-1, 1.5, 1e21, "12", "tolv", null, Number.MAX_SAFE_INTEGER + 2, -0)),
  time: mixed(clock, fc.constantFrom<Json>("24:00", "9:60", "kl 9", "", 900, "9", "09:00:00")),
  image: mixed(fc.constantFrom(...MEDIA), fc.constantFrom<Json>(...ODD_IMAGES, 1, null)),
  cell: mixed(safeCell, oddCell),
};

function shapes(L: Leaves) {
  const themes = list(L.theme, 1, 2);
  const base = { id: L.id, title: L.text, intro: L.md, outro: L.md, themes };
  const baseOf = (kind: string, extra: Record<string, fc.Arbitrary<Json>>, required: string[]) =>
    opt({ kind: fc.constant(kind), ...base, ...extra }, ["kind", ...required]).map((o) =>
      // Ids on a block are rarer than titles: a collision between two generated ids is an error, not a crash.
      "id" in o && (o.title === undefined || (typeof o.id === "string" && o.id.length % 3 !== 0)) ? (({ id: _drop, ...rest }) => rest)(o) : o,
    );
  const person = opt(
    { name: L.text, title: L.text, role: L.text, organisation: L.text, email: fc.constantFrom("kari@kommune.no", "ola.nordmann@example.no"), phone: fc.oneof(fc.constant("912 34 567"), fc.constant(91234567)), consent: L.bool },
    ["name"],
  ).map((p) => (("email" in p || "phone" in p) && !("consent" in p) ? { ...p, consent: true } : p));
  const personRef = fc.oneof({ arbitrary: L.text, weight: 2 }, { arbitrary: person, weight: 1 });
  const url = fc.constantFrom("https://example.no", "https://example.no/æøå?q=1#x", "/intern/", "#anker", "mailto:post@kommune.no", "http://x.no/a b");
  const organisation = opt({ name: L.text, url, logo: fc.constantFrom("/assets/img/logo.svg", "logo.png", ""), members: list(personRef, 0, 3) }, ["name"]);
  const themedLine = fc.oneof({ arbitrary: L.text, weight: 3 }, { arbitrary: opt({ text: L.text, id: L.id, themes }, ["text"]), weight: 1 });
  const atLeastTitleOrText = (o: Obj) => (o.title === undefined && o.text === undefined ? { ...o, text: "Tekst." } : o);
  const themedText = opt({ title: L.text, text: L.md, id: L.id, themes }, []).map(atLeastTitleOrText);
  const pollItem = opt({ title: L.text, text: L.md, count: L.count }, []).map(atLeastTitleOrText);
  const source = opt({ text: L.text, url }, ["text"]);
  const PARTS = ["funn", "steg", "gap"];
  /** Part ids are keys of `answers`: names an object already has are the interesting ones. */
  const ODD_PARTS = ["constructor", "tostring", "valueof", "hasownproperty", "__proto__", "2012", "æøå", "a.b"];

  return {
    text: baseOf("text", { body: L.md }, []),
    section: baseOf("section", { body: L.md }, ["title"]),
    "working-group": baseOf("working-group", { organisations: list(organisation, 1, 3) }, ["organisations"]),
    participants: baseOf(
      "participants",
      {
        roleHeading: L.text,
        countHeading: L.text,
        roles: list(opt({ role: L.text, count: L.count }, ["role", "count"]), 1, 5),
        total: fc.constantFrom<Json>("sum", "sum", "sum", "sum", "sum", "sum", "sum", "off-by-one"),
        coverage: list(fc.oneof(L.text, opt({ count: L.count, of: L.count, label: L.text }, ["count", "of", "label"])), 1, 3),
      },
      ["roles"],
    ).map((b) => {
      const sum = (b.roles as Obj[]).reduce((n, r) => n + (typeof r.count === "number" ? r.count : 0), 0);
      const coverage = Array.isArray(b.coverage)
        ? b.coverage.map((c) => (c && typeof c === "object" && typeof (c as Obj).count === "number" && typeof (c as Obj).of === "number" && ((c as Obj).count as number) > ((c as Obj).of as number) ? { ...(c as Obj), count: (c as Obj).of, of: (c as Obj).count } : c))
        : b.coverage;
      return { ...b, ...(b.total !== undefined && { total: b.total === "off-by-one" ? sum + 1 : sum }), ...(coverage !== undefined && { coverage }) };
    }),
    method: baseOf("method", { tables: L.text, groupSize: L.text, facilitation: L.text, tasks: L.text, more: list(opt({ label: L.text, text: L.text }, ["label", "text"]), 1, 3) }, []),
    programme: baseOf(
      "programme",
      {
        items: list(
          opt(
            { time: L.time, end: L.time, type: fc.constantFrom(...programmeItemKinds), title: L.text, subtitle: L.text, speakers: list(personRef, 1, 3), section: fc.constantFrom("del-en", "innledning", "finnes-ikke"), text: L.md },
            [],
          ).map((i) => (i.section !== undefined && String(i.title ?? "").length % 29 !== 0 ? (({ section: _s, ...rest }) => rest)(i) : i)),
          1,
          4,
        ),
      },
      ["items"],
    ),
    questions: baseOf(
      "questions",
      {
        synthesisLabel: L.text,
        parts: fc.uniqueArray(fc.oneof({ arbitrary: fc.constantFrom(...PARTS), weight: 12 }, { arbitrary: fc.constantFrom(...ODD_PARTS), weight: 1 }), { minLength: 1, maxLength: 3 }).chain((ids) => fc.tuple(...ids.map((id) => opt({ id: fc.constant(id), name: L.text }, ["id", "name"])))),
        items: list(opt({ id: L.id, question: L.text, synthesis: L.md, answers: fc.dictionary(fc.constantFrom(...PARTS, ...ODD_PARTS), list(themedLine, 0, 3), { maxKeys: 3 }) }, ["question"]), 1, 3),
      },
      ["parts", "items"],
    ).map((b) => {
      // Answers use the parts the block declares; an undeclared one is a reported mistake, so keep them rare.
      const parts = (b.parts as Obj[]).map((p) => p.id as string);
      const items = (b.items as Obj[]).map((q) => {
        if (!q.answers || typeof q.answers !== "object") return q;
        const answers = Object.fromEntries(Object.entries(q.answers as Obj).map(([k, v], i) => [parts.includes(k) ? k : (parts[i % parts.length] ?? k), v]));
        return { ...q, answers };
      });
      return { ...b, items };
    }),
    "recurring-answers": baseOf("recurring-answers", { items: list(opt({ title: L.text, text: L.md, id: L.id, themes }, ["title", "text"]), 1, 3) }, ["items"]),
    poll: baseOf(
      "poll",
      { tool: L.text, question: L.text, responses: L.count, ranked: L.bool, items: list(pollItem, 1, 4), groups: list(opt({ title: L.text, items: list(pollItem, 1, 3) }, ["title", "items"]), 1, 2) },
      ["question"],
    ),
    "group-task": baseOf(
      "group-task",
      { number: fc.integer({ min: 1, max: 20 }), question: L.text, proposalsTitle: L.text, proposals: list(themedText, 1, 3), numbered: L.bool, measuresTitle: L.text, measures: list(themedText, 1, 3) },
      ["question"],
    ),
    "workshop-mat": baseOf("workshop-mat", { table: L.text, columns: list(opt({ name: L.text, items: list(themedLine, 1, 3), text: L.md }, ["name"]), 1, 3) }, ["columns"]),
    "key-figures": baseOf(
      "key-figures",
      {
        items: list(opt({ value: fc.oneof(count, fc.double({ noNaN: true, noDefaultInfinity: true }), L.text), unit: fc.oneof(L.text, fc.constantFrom("%", "kr", "personer")), label: L.text, note: L.md, source }, ["value"]), 1, 14),
        source,
        series: L.bool,
      },
      ["items"],
    ),
    quote: baseOf("quote", { text: L.md, who: L.text, context: L.text, date: L.date, note: L.md }, ["text"]),
    phases: baseOf("phases", { items: list(opt({ name: L.text, duration: L.text, learnings: list(L.text, 1, 3), note: L.md }, ["name"]), 1, 3) }, ["items"]),
    "next-steps": baseOf(
      "next-steps",
      {
        items: list(opt({ id: stepId, what: L.text, when: L.date, who: L.text, themes }, ["what"]), 0, 3),
        done: list(opt({ id: fc.constantFrom(...STEP_IDS), note: L.text }, ["id"]), 1, 2),
      },
      [],
    ).map((b) => ("done" in b && String(b.title ?? "").length % 9 !== 0 ? (({ done: _d, ...rest }) => rest)(b) : b)),
    closing: baseOf("closing", { text: L.md }, ["text"]),
    figure: baseOf(
      "figure",
      {
        src: L.image,
        alt: L.text,
        decorative: L.bool,
        images: list(opt({ src: L.image, alt: L.text, decorative: L.bool }, ["src"]).map(described), 1, 3),
        caption: L.md,
        credit: fc.oneof(L.text, source),
        number: L.bool,
        width: fc.constantFrom("full", "half", "inline"),
      },
      [],
    ).map((b) => {
      // One image (src) or several (images), not both; a numbered figure has a caption.
      const { src, images, ...rest } = b;
      const one = images === undefined || (src !== undefined && String(b.title ?? "").length % 2 === 0);
      return described({ caption: "Bildetekst.", ...rest, ...(one ? { src: src ?? "foto.jpg" } : { images }) });
    }),
    table: baseOf(
      "table",
      {
        caption: L.text,
        number: L.bool,
        head: list(list(L.cell, 1, 4), 1, 2),
        rows: list(list(L.cell, 1, 4), 1, 6),
        data: mixed(fc.constant("tabell.csv"), fc.constantFrom("finnes-ikke.csv", "../tabell.csv", "tabell.CSV", "tabell.csv ", "bilder/kart.png")),
        headerRows: fc.integer({ min: 0, max: 3 }),
        rowHeaders: L.bool,
        total: L.bool,
        source,
        note: L.md,
      },
      ["caption"],
    ).map((b) => {
      // Rows written out, or read from a CSV file: one of the two.
      const { rows, data, head, headerRows, ...rest } = b;
      return data !== undefined && (rows === undefined || String(b.caption ?? "").length % 2 === 0)
        ? { ...rest, data, ...(headerRows !== undefined && { headerRows }) }
        : { ...rest, rows: rows ?? [["a", 1]], ...(head !== undefined && { head }) };
    }),
    /** A kind added to the schemas after these generators were written: its common fields only. */
    generic: (kind: string) => baseOf(kind, {}, []),
  };
}

/** An image needs alt text unless it is decorative. */
const described = (o: Obj): Obj => (o.alt === undefined && o.decorative !== true ? { ...o, alt: "Bilde av et møte" } : o);

const SAFE_SHAPES = shapes(safeLeaves);
const MIXED_SHAPES = shapes(mixedLeaves);
type Shapes = ReturnType<typeof shapes>;
const NON_SECTION_KINDS: string[] = blockKinds.filter((k) => k !== "section");

const anyBlock = (S: Shapes) => fc.oneof(...NON_SECTION_KINDS.map((k) => (S as unknown as Record<string, fc.Arbitrary<Obj> | undefined>)[k] ?? S.generic(k)));

function reportMeta(L: Leaves): fc.Arbitrary<Obj> {
  const organisation = opt({ name: L.text, url: fc.constantFrom("https://example.no", "/intern/") }, ["name"]);
  const labels = fc.uniqueArray(fc.constantFrom(...uiKeys), { maxLength: 3 }).chain((keys) => fc.tuple(...keys.map((k) => L.text.map((t) => [k, t] as const)))).map((e) => Object.fromEntries(e));
  return opt(
    {
      id: fc.oneof(fc.constantFrom("rapport-en", "2012-rapport", "æøå-rapport"), L.id),
      title: L.text,
      subtitle: L.text,
      date: L.date,
      endDate: L.date,
      place: L.text,
      organisers: list(fc.oneof(L.text, organisation), 1, 3),
      theme: L.text,
      focusQuestion: L.text,
      lang: fc.constantFrom(...languages),
      status: fc.constantFrom("draft", "published", "published"),
      summary: L.md,
      labels,
    },
    ["title", "status"],
  ).map((m) => {
    let out = m;
    // A published report needs a date and a summary; leaving one out is a reported mistake, so keep it rare.
    if (out.status === "published" && String(out.title).length % 11 !== 0) out = { date: "2024-03-01", summary: "Sammendrag.", ...out };
    if (typeof out.date === "string" && typeof out.endDate === "string" && out.endDate < out.date) out = { ...out, endDate: out.date };
    if ("id" in out && String(out.title).length % 2 === 0) out = (({ id: _i, ...rest }) => rest)(out);
    return out;
  });
}

const SITE_URLS = [
  "https://rapporter.example.no", "https://example.no/rapporter/", "https://example.no/rapporter", "http://localhost:8080/",
  "https://example.no/æøå/", "https://xn--rapporter-q5a.no/", "/rapporter/", "rapporter.example.no", "https://example.no/a b/",
];

const siteArb: fc.Arbitrary<Obj> = opt(
  {
    name: safeText,
    description: safeText,
    url: fc.constantFrom(...SITE_URLS),
    lang: fc.constantFrom(...languages),
    logo: fc.constantFrom("/assets/img/logo.svg", "logo.png"),
    colors: opt({ primary: fc.constantFrom("#00509e", "#1e2b3c", "#6b0f1a"), accent: fc.constantFrom("#0b6e4f", "#00509e") }, []),
    accessibilityStatement: fc.constantFrom("https://uustatus.no/nb/erklaringer/publisert/test"),
    print: opt({ pageSize: fc.constantFrom("A4", "A5", "Letter") }, []),
  },
  ["name"],
);

/** Every theme the blocks may name, and now and then one more. */
const themesArb: fc.Arbitrary<Obj> = fc
  .tuple(
    ...[...THEME_IDS, "ubrukt"].map((id) =>
      opt({ id: fc.constant(id), name: opt({ nb: safeText, nn: safeText, en: safeText }, ["nb"]), description: opt({ nb: safeMarkdown, en: safeMarkdown }, ["nb"]) }, ["id", "name"]),
    ),
  )
  .chain((themes) => fc.subarray(themes, { minLength: 3 }).map((list) => ({ themes: [...themes.slice(0, 3), ...list.slice(3)] })));

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
  { arbitrary: fc.constantFrom("Kommune", "Antall", "Andel", "Agder", "Østfold", "12", "3,5", "1 234", "-", "", "æøå"), weight: 6 },
  { arbitrary: fc.constantFrom("\"sitert, med komma\"", "\"uavsluttet", "\"\"", "a\"b", "\"linje\nskift\"", "=SUM(A1:A3)", "**fet**", "[x](javascript:alert(1))", NATIONAL_ID), weight: 1 },
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
  "2024-03-01-rapport", "rapport", "2012", "2012-møte", "æøå-møte", "a.b", "Stor-Bokstav", "med mellomrom", "x".repeat(200),
  "-", "report.yaml", "01-del", "index.md", "_skjult", ".skjult", "README-mappe", "ÆØÅ", "constructor", "__proto__",
];
const STEMS = ["innledning", "del", "blokk", "æøå", "2012", "a.b", "x".repeat(120), "mellom rom", "README", "index", "report"];
const YAML_EXT = [".yaml", ".yaml", ".yml", ".YAML", ".Yml"];
const MD_EXT = [".md", ".md", ".MD", ".Md"];
const EXTRAS = ["_notat.md", ".skjult.yaml", "README.md", "README", "bilde.png", "notat.txt", "ingen-endelse", "tom-mappe/", "undermappe-uten-index/notat.yaml"];

const fileName = (exts: string[]) => fc.tuple(fc.constantFrom(...STEMS), fc.constantFrom(...exts)).map(([stem, ext]) => `${stem}${ext}`);

/** A Markdown text block: front matter (the block's fields) and a body. */
function mdBlock(S: Shapes, L: Leaves): fc.Arbitrary<DocSpec> {
  return fc.tuple(fc.option(S.text.map((t) => (({ kind: _k, body: _b, ...rest }) => rest)(t)), { nil: undefined }), L.md).map(([front, body]) => ({
    type: "md" as const,
    front,
    body: String(body ?? ""),
  }));
}

function fileSpec(S: Shapes, L: Leaves): fc.Arbitrary<FileSpec> {
  return fc.oneof(
    { arbitrary: fc.tuple(fileName(YAML_EXT), anyBlock(S)).map(([name, data]) => ({ name, doc: { type: "yaml" as const, data } })), weight: 4 },
    { arbitrary: fc.tuple(fileName(MD_EXT), mdBlock(S, L)).map(([name, doc]) => ({ name, doc })), weight: 1 },
  );
}

function sectionSpec(S: Shapes, L: Leaves, depth: number): fc.Arbitrary<SectionSpec> {
  const index = fc.oneof(
    S.section.map((data) => ({ name: "index.yaml", doc: { type: "yaml" as const, data } })),
    fc.tuple(S.section, L.md).map(([data, body]) => ({ name: "index.md", doc: { type: "md" as const, front: (({ kind: _k, body: _b, ...rest }) => rest)(data), body: String(body) } })),
  );
  const child: fc.Arbitrary<FileSpec | SectionSpec> =
    depth > 0 ? fc.oneof({ arbitrary: fileSpec(S, L), weight: 5 }, { arbitrary: sectionSpec(S, L, depth - 1), weight: 1 }) : fileSpec(S, L);
  return fc.record({ name: fc.constantFrom("05-del", "del", "æøå-del", "01-a.b"), index, blocks: list(child, 0, 3) });
}

/** Entries get numbered names (01-, 02-, …) so none collides and the order is the generated one. */
function numbered<T extends { name: string }>(entries: T[]): T[] {
  return entries.map((e, i) => ({ ...e, name: `${String(i + 1).padStart(2, "0")}-${e.name}` }));
}

function reportSpec(S: Shapes, L: Leaves, meta: fc.Arbitrary<Obj>): fc.Arbitrary<ReportSpec> {
  const entry = fc.oneof({ arbitrary: fileSpec(S, L), weight: 6 }, { arbitrary: sectionSpec(S, L, 1), weight: 1 });
  return fc.record({
    folder: fc.oneof({ arbitrary: fc.constantFrom(FOLDERS[0]!, FOLDERS[1]!), weight: 4 }, { arbitrary: fc.constantFrom(...FOLDERS), weight: 1 }),
    meta,
    entries: list(entry, 1, 5).map(numbered),
    extras: fc.oneof({ arbitrary: fc.constant([] as string[]), weight: 5 }, { arbitrary: fc.uniqueArray(fc.constantFrom(...EXTRAS), { maxLength: 2 }), weight: 1 }),
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

export const docText = (doc: DocSpec, style: YamlStyle): string => (doc.type === "yaml" ? toYaml(doc.data, style) : mdText(doc, style));

/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));

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
    for (const extra of r.extras) files.push({ path: `${dir}/${extra}`, data: extra.endsWith("/") ? "" : "kind: text\nbody: Ekstra.\n" });
  }
  return files;
}

/** The content files (not site.yaml), which the families break. */
const targets = (files: readonly FuzzFile[]) => files.map((f, i) => [f, i] as const).filter(([f]) => f.path !== "site.yaml" && /\.(ya?ml|md|csv)$/i.test(f.path));

/* ------------------------------------------------------------- structured */

/** Every place in a value: the holder and the key or index, in document order. */
function places(root: Json): Array<[Obj | Json[], string | number]> {
  const out: Array<[Obj | Json[], string | number]> = [];
  const seen = new Set<unknown>();
  const walk = (v: Json) => {
    if (!v || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), walk(x)));
    else for (const [k, x] of Object.entries(v as Obj)) (out.push([v as Obj, k]), walk(x));
  };
  walk(root);
  return out;
}

const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e300, -0, "", "  ", [], {}, [[]], [[1, [2, ["3"]]]], { text: "x" }, { "": "" }, ["a", 1, null]),
  oddText,
  oddId,
  fc.integer(),
  fc.double(),
  fc.array(oddText, { maxLength: 3 }),
  fc.array(fc.array(safeText, { maxLength: 2 }), { maxLength: 2 }),
);

const EXTRA_KEYS = ["titel", "kinds", "tekst", "Title", "kind ", "title ", "værsågod", "1", "__proto__", "constructor", "toString", "hasOwnProperty", "", " ", "<<", "id", "themes", "items", "x".repeat(200), "æøå"];

type Mutation =
  | { op: "delete"; at: number }
  | { op: "set"; at: number; value: Json }
  | { op: "wrap"; at: number }
  | { op: "add"; at: number; key: string; value: Json }
  | { op: "kind"; value: Json }
  | { op: "root"; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("set" as const), at: fc.nat(), value: wrongValue }),
  fc.record({ op: fc.constant("wrap" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("add" as const), at: fc.nat(), key: fc.constantFrom(...EXTRA_KEYS), value: wrongValue }),
  fc.record({ op: fc.constant("kind" as const), value: fc.oneof(fc.constantFrom<Json>(...blockKinds), fc.constantFrom<Json>("Text", "tekst", "", "questions ", "Section", 1, null, ["text"])) }),
  fc.record({ op: fc.constant("root" as const), value: fc.constantFrom<Json>(null, "kind: text", 42, [], [{ kind: "text" }], true) }),
);

/** Own data property, even for "__proto__". */
function put(holder: Obj | Json[], key: string | number, value: Json): void {
  Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyMutation(data: Json, m: Mutation): Json {
  if (m.op === "root") return m.value;
  if (m.op === "kind") {
    if (data && typeof data === "object" && !Array.isArray(data)) put(data as Obj, "kind", m.value);
    return data;
  }
  const all = places(data);
  if (m.op === "add") {
    const objects = [data, ...all.map(([h, k]) => (h as Record<string | number, Json>)[k])].filter((v): v is Obj => !!v && typeof v === "object" && !Array.isArray(v));
    const target = objects[m.at % Math.max(1, objects.length)];
    if (target) put(target, m.key, m.value);
    return data;
  }
  const place = all[m.at % Math.max(1, all.length)];
  if (!place) return data;
  const [holder, key] = place;
  const current = (holder as Record<string | number, Json>)[key];
  if (m.op === "delete") {
    if (Array.isArray(holder)) holder.splice(key as number, 1);
    else delete (holder as Obj)[key];
  } else if (m.op === "set") put(holder, key, m.value);
  else put(holder, key, [current]);
  return data;
}

/** A copy of a file spec with its data (YAML data or front matter) changed. */
function mutateDoc(doc: DocSpec, ms: Mutation[]): DocSpec {
  if (doc.type === "yaml") return { type: "yaml", data: ms.reduce(applyMutation, structuredClone(doc.data)) };
  return { ...doc, front: ms.reduce(applyMutation, structuredClone(doc.front ?? {})) };
}

/** Applies mutations to the n-th document of a spec (report.yaml, blocks, section indexes, themes.yaml). */
function mutateSpec(spec: ContentSpec, picks: Array<{ doc: number; ms: Mutation[] }>): ContentSpec {
  const out: ContentSpec = structuredClone(spec);
  type Slot = { get: () => DocSpec; set: (d: DocSpec) => void };
  const slots: Slot[] = [];
  if (out.themes !== undefined) slots.push({ get: () => ({ type: "yaml", data: out.themes }), set: (d) => (out.themes = d.type === "yaml" ? d.data : out.themes) });
  const addEntries = (list: Array<FileSpec | SectionSpec>) => {
    for (const e of list) {
      if ("index" in e) {
        slots.push({ get: () => e.index.doc, set: (d) => (e.index.doc = d) });
        addEntries(e.blocks);
      } else slots.push({ get: () => e.doc, set: (d) => (e.doc = d) });
    }
  };
  for (const r of out.reports) {
    slots.push({ get: () => ({ type: "yaml", data: r.meta }), set: (d) => (r.meta = d.type === "yaml" ? d.data : r.meta) });
    addEntries(r.entries);
  }
  for (const { doc, ms } of picks) {
    const slot = slots[doc % slots.length];
    if (slot) slot.set(mutateDoc(slot.get(), ms));
  }
  return out;
}

const structuredCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(mixedSpec, list(fc.record({ doc: fc.nat(), ms: list(mutation, 1, 3) }), 0, 3))
  .map(([spec, picks]) => ({ family: "structured", files: toFiles(mutateSpec(spec, picks)), drafts: spec.drafts }));

const validCase: fc.Arbitrary<FuzzCase> = validSpec.map((spec) => ({ family: "valid", files: toFiles(spec), drafts: spec.drafts }));

/* ------------------------------------------------------------------ bytes */

const enc = new TextEncoder();
const bytesOf = (d: string | Uint8Array): Uint8Array => (typeof d === "string" ? enc.encode(d) : d);

const INSERTS: Array<number[] | string> = [
  [0xff], [0xfe], [0xc3], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0x80],
  [0], [0, 0], [1], [7], [8], [0x0b], [0x0c], [0x0d], [0x1b], [0x7f], [0xc2, 0x85], [0xe2, 0x80, 0xa8], [0xe2, 0x80, 0xa9],
  [0xef, 0xbb, 0xbf], "\t", "\r\n", "\r", "\"", "'", "[", "]", "{", "}", ": ", "- ", "#", "&a ", "*a", "!!str ", "!!binary ",
  "? ", "|", ">", "%", "@", "`", "---\n", "...\n", "\\", "\u00a0", "\ufeff", ",", "\n", "\n  ", "  ", "<<: *a\n", "!", "&", "*",
];

type ByteOp =
  | { op: "truncate"; at: number }
  | { op: "insert"; at: number; what: number[] | string }
  | { op: "delete"; at: number; len: number }
  | { op: "duplicate"; at: number; len: number }
  | { op: "crlf" }
  | { op: "cr" }
  | { op: "bom" }
  | { op: "tabs" }
  | { op: "oversize" }
  | { op: "empty"; what: string };

const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant("insert" as const), at: fc.nat(), what: fc.constantFrom(...INSERTS) }), weight: 6 },
  { arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }), weight: 2 },
  { arbitrary: fc.constant({ op: "crlf" as const }), weight: 1 },
  { arbitrary: fc.constant({ op: "cr" as const }), weight: 1 },
  { arbitrary: fc.constant({ op: "bom" as const }), weight: 1 },
  { arbitrary: fc.constant({ op: "tabs" as const }), weight: 1 },
  { arbitrary: fc.constant({ op: "oversize" as const }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant("empty" as const), what: fc.constantFrom("", "\n", "  \n\t\n", "\ufeff", "\ufeff\n", "\r\n", "#\n", "---\n", "---\n---\n") }), weight: 1 },
);

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
};

export function applyByteOp(input: Uint8Array, o: ByteOp): Uint8Array {
  const n = input.length;
  const pos = (at: number) => (n === 0 ? 0 : at % (n + 1));
  switch (o.op) {
    case "truncate":
      return input.slice(0, pos(o.at));
    case "insert": {
      const p = pos(o.at);
      return concat(input.slice(0, p), typeof o.what === "string" ? enc.encode(o.what) : Uint8Array.from(o.what), input.slice(p));
    }
    case "delete": {
      const p = pos(o.at);
      return concat(input.slice(0, p), input.slice(p + o.len));
    }
    case "duplicate": {
      const p = pos(o.at);
      return concat(input.slice(0, p + o.len), input.slice(p));
    }
    case "crlf":
      return enc.encode(new TextDecoder().decode(input).replace(/\n/g, "\r\n"));
    case "cr":
      return enc.encode(new TextDecoder().decode(input).replace(/\n/g, "\r"));
    case "bom":
      return concat(Uint8Array.from([0xef, 0xbb, 0xbf]), input);
    case "tabs":
      return enc.encode(new TextDecoder().decode(input).replace(/^( {2})+/gm, (s) => "\t".repeat(s.length / 2)));
    case "oversize":
      // Just over the 1 MB limit, as text: a report pasted into a file by mistake.
      return concat(input, enc.encode(`# ${"x".repeat(1_000_001)}\n`));
    case "empty":
      return enc.encode(o.what);
  }
}

const bytesCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(fc.oneof(validSpec, mixedSpec), list(fc.record({ file: fc.nat(), ops: list(byteOp, 1, 4) }), 1, 2))
  .map(([spec, picks]) => {
    const files = toFiles(spec).map((f) => ({ ...f }));
    const candidates = targets(files);
    for (const { file, ops } of picks) {
      const [f, i] = candidates[file % candidates.length]!;
      files[i] = { ...f, data: ops.reduce(applyByteOp, bytesOf(files[i]!.data)) };
    }
    return { family: "bytes", files, drafts: spec.drafts };
  });

/* ------------------------------------------------------------------- yaml */

/** An alias tree: `fanout` references to the level below, `depth` levels — fanout^depth values once expanded. */
export function laughs(fanout: number, depth: number, leaf = "lol"): string {
  const lines = [`l0: &l0 [${Array(fanout).fill(leaf).join(", ")}]`];
  for (let d = 1; d <= depth; d++) lines.push(`l${d}: &l${d} [${Array.from({ length: fanout }, () => `*l${d - 1}`).join(", ")}]`);
  return lines.join("\n");
}

/** Fragments that stand as the value of a key. */
const YAML_VALUES = [
  "", " # kommentar", "&tom", "!!str", "!!str &a", "!!map", "!!seq",
  "!!str 123", "!!int 12", "!!int x", "!!float 1.5", "!!bool yes", "!!null ''", "!!binary aGVp", "!!timestamp 2024-01-01",
  "!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]", "!custom x", "!<tag:yaml.org,2002:str> x", "!!map {}", "!!seq []",
  "!!js/function 'function(){}'", "!!js/undefined ''", "!!python/object:os.system x", "&a x", "*a", "*nope", "&a [*a]",
  "&a {title: *a}", "[&b x, *b, *b]", "0x1F", "0o17", "1_000", ".inf", "-.inf", ".nan", "1e400", "-0", "+12", "012", "~",
  "null", "Null", "yes", "on", "True", "2024-03-01", "12:30", "1:20:30", "\"\\x00\\u0000\\ud800\\U0010FFFF\\N\\_\\L\\P\"",
  "\"\\q\"", "\"unclosed", "'it''s'", "'unclosed", "|\n  blokk\n\n", "|+\n  keep\n\n", "|-\n  strip", ">\n  foldet\n  tekst",
  "|2\n   innrykk", "|0\n x", "| # kommentar\n  x", "[a, b", "{a: 1", "{a: 1, a: 2}", "[[[[[]]]]]", "{? [a]: b}", "- a\n- b",
  "\n  - nested\n  - list", "\n  a: 1\n  b: 2", "\n\ta: tab", "@reserved", "`reserved", "%x", "a #kommentar", "a: b: c",
  "\"multi\n  line\"", "'multi\n\n  para'", "plain\n  continued", "? x", "*a *b", "&a &b x", "!!str &a x", "&a !!str x",
];

const YAML_DOCS = [
  "---\nkind: text\n---\nkind: text\n", "kind: text\n...\n", "--- |\n  bare tekst\n", "%YAML 1.2\n---\nkind: text\n", "%YAML 1.1\n%YAML 1.2\n---\nx\n",
  "%TAG ! tag:example.no,2024:\n---\n!x kind: text\n", "? [a, b]\n: c\n", "? {a: 1}\n: x\n", "[a]: b\n", "kind: text\nkind: quote\n",
  "- kind: text\n", "\"kind\": \"text\"\n", "? kind\n: text\n", "kind: text\ntitle: &t Tittel\nbody: *t\n", "&root\nx: *root\n",
  "kind: text\nbody: &a\n  - *a\n", "<<: {kind: text}\n", "kind: !!str text\n", "kind: text\n\tbody: tab\n", "kind: text\n  body: feil innrykk\n",
  "kind: text\nbody: |\n  a\n b\n", "kind:text\n", "kind: text # kommentar\n#\n", "{kind: text, body: [}\n", "kind: [text]\n", "",
];

type YamlOp =
  | { op: "value"; key: string; value: string; at: number }
  | { op: "replace"; text: string }
  | { op: "nest"; key: string; depth: number; flow: boolean }
  | { op: "laughs"; key: string; fanout: number; depth: number }
  | { op: "share"; from: number; to: number }
  | { op: "cycle"; at: number };

/** Keys the injected fragments stand under: fields of the block kinds, so the schema sees them. */
const YAML_KEYS = ["title", "intro", "body", "items", "kind", "themes", "id", "text", "outro", "roles", "extra", "l9"];

/** Largest alias tree generated: far past the loader's alias budget (src/load/alias-budget.ts), so a regression shows as a case over the time bound. */
export const MAX_EXPANSION = 1e10;

const yamlOp: fc.Arbitrary<YamlOp> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant("value" as const), key: fc.constantFrom(...YAML_KEYS), value: fc.constantFrom(...YAML_VALUES), at: fc.nat() }), weight: 6 },
  { arbitrary: fc.record({ op: fc.constant("replace" as const), text: fc.constantFrom(...YAML_DOCS) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("nest" as const), key: fc.constantFrom(...YAML_KEYS), depth: fc.constantFrom(10, 48, 49, 50, 51, 200, 5000), flow: fc.boolean() }), weight: 1 },
  {
    arbitrary: fc
      .record({ op: fc.constant("laughs" as const), key: fc.constantFrom(...YAML_KEYS), fanout: fc.integer({ min: 2, max: 10 }), depth: fc.integer({ min: 1, max: 9 }) })
      .filter((o) => o.fanout ** (o.depth + 1) <= MAX_EXPANSION),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant("share" as const), from: fc.nat(), to: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("cycle" as const), at: fc.nat() }), weight: 1 },
);


function nested(depth: number, flow: boolean): string {
  if (flow) return `${"[".repeat(depth)}x${"]".repeat(depth)}`;
  const lines: string[] = [];
  for (let d = 0; d < depth; d++) lines.push(`${"  ".repeat(d + 1)}- `);
  return `\n${lines.join("\n")}x`;
}

/** YAML data ops (shared values become anchors and aliases when dumped) and text ops on one file. */
function applyYamlOps(doc: DocSpec, ops: YamlOp[], style: YamlStyle): string {
  let data = doc.type === "yaml" ? structuredClone(doc.data) : structuredClone(doc.front ?? {});
  for (const o of ops) {
    if (o.op === "share" || o.op === "cycle") {
      const all = places(data);
      const to = all[(o.op === "share" ? o.to : o.at) % Math.max(1, all.length)];
      if (!to) continue;
      const containers = [data, ...all.map(([h, k]) => (h as Record<string | number, Json>)[k])].filter((v) => !!v && typeof v === "object");
      // share: the same object under two keys (an alias), never one inside itself; cycle: a list or
      // mapping that holds itself and no text. (A cycle through text costs seconds to minutes before
      // the stack overflows, so the generators leave that to one fixed document, see YAML_DOCS.)
      const self: Obj | Json[] = (o.op === "cycle" ? o.at : o.from) % 2 ? {} : [];
      put(self, Array.isArray(self) ? 0 : "self", self);
      const value = o.op === "share" ? containers[o.from % Math.max(1, containers.length)] : self;
      const reaches = (from: Json, target: Json) => from === target || places(from).some(([h, k]) => (h as Record<string | number, Json>)[k] === target);
      if (value !== undefined && !reaches(value, to[0])) put(to[0], to[1], value);
    }
  }
  let text = doc.type === "yaml" ? toYaml(data, style) : `---\n${toYaml(data, style)}---\n${doc.body}\n`;
  for (const o of ops) {
    if (o.op === "value") {
      const lines = text.split("\n");
      const at = o.at % (lines.length + 1);
      lines.splice(at, 0, `${o.key}: ${o.value}`);
      text = lines.join("\n");
    } else if (o.op === "replace") text = o.text;
    else if (o.op === "nest") text = `${text.replace(/\n?$/, "\n")}${o.key}: ${nested(o.depth, o.flow)}\n`;
    else if (o.op === "laughs") text = `${text.replace(/\n?$/, "\n")}${laughs(o.fanout, o.depth)}\n${o.key}: *l${o.depth}\n`;
  }
  return text;
}

function docsOf(spec: ContentSpec): Array<{ path: string; doc: DocSpec }> {
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

const yamlCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(fc.oneof(validSpec, mixedSpec), list(fc.record({ doc: fc.nat(), ops: list(yamlOp, 1, 3) }), 1, 2))
  .map(([spec, picks]) => {
    const files = toFiles(spec);
    const docs = docsOf(spec);
    for (const { doc, ops } of picks) {
      const target = docs[doc % docs.length];
      const i = target ? files.findIndex((f) => f.path === target.path) : -1;
      if (target && i >= 0) files[i] = { path: target.path, data: applyYamlOps(target.doc, ops, spec.style) };
    }
    return { family: "yaml", files, drafts: spec.drafts };
  });

/* --------------------------------------------------------------- markdown */


const FRONTS = [
  "", "---\n---\n", "---\ntitle: Tittel\n---\n", "---\ntitle: Tittel\n", "---\n: ugyldig\n---\n", " ---\ntitle: x\n---\n", "----\ntitle: x\n----\n",
  "---\r\ntitle: x\r\n---\r\n", "--- # kommentar\ntitle: x\n---\n", "---\n---\n---\n", "---\ntitle: x\n...\n", "---\n- liste\n---\n",
  "---\nbare tekst\n---\n", "---\nkind: quote\ntext: Sitat\n---\n", "---\nkind: section\n---\n", "---\nkind: text\nbody: også i front\n---\n",
  "---yaml\ntitle: x\n---\n", "---yml\ntitle: x\n---\n", "---YAML\ntitle: x\n---\n", "---json\n{\"title\": \"x\"}\n---\n", "---json\n{ugyldig\n---\n",
  `---js\n{ title: (globalThis.${CANARY} = "front matter was run as JavaScript", "x") }\n---\n`, `---javascript\n(globalThis.${CANARY} = "front matter was run as JavaScript", {})\n---\n`,
  "---js\n{ title: 'x' }\n---\n", "---js\nthis is not javascript\n---\n", "---toml\ntitle = \"x\"\n---\n", "---coffee\ntitle: 'x'\n---\n", "---ukjent\nx\n---\n",
  "---  \ntitle: x\n---\n", "---\ntitle: x\n---  \n", "---\ntitle: x\n--- etter\n", "+++\ntitle = 'x'\n+++\n", "~~~\ntitle: x\n~~~\n", "---\n\n\n---\n",
  "---\ntitle: &a [*a]\n---\n", "---\ntitle: |\n  ---\n---\n", "---\n%YAML 1.2\n---\n", "---\ntitle: \"x\n---\n",
];

const MD_BODIES = [
  ...MD_SNIPPETS, "", "\n\n", "---", "---\ntitle: inne i teksten\n---", "Tekst\n---\nmer", "[^1]\n\n[^1]:", "[^1]: a\n[^1]: b", "| a |\n| - |\n" + "| x |\n".repeat(200),
  "<table><tr><td>x</td></tr></table>", "<iframe src=\"https://example.no\"></iframe>", "<style>body{}</style>", "<svg onload=alert(1)>",
  "[x](javascript:alert(1))", "[x](JAVASCRIPT:alert(1))", "<javascript:alert(1)>", "[ref]\n\n[ref]: javascript:alert(1)", "![x](data:image/svg+xml,<svg>)",
  "[x]: <javascript:alert(1)>\n\n[x]", "[x](java\nscript:alert(1))", "[x](https://example.no/?a=<b>&c=\"d\")", "<a href='x'>[inne](javascript:alert(1))</a>",
  `Ring ${"912 34 567"} eller skriv til kari.nordmann@kommune.no`, `Fødselsnummer ${NATIONAL_ID}`, "```\nuavsluttet kodeblokk", "<!-- uavsluttet kommentar",
  "# " + "lang overskrift ".repeat(300), "> ".repeat(500) + "dypt sitat", "- ".repeat(500) + "dyp liste", "  ".repeat(300) + "- innrykk",
  "*a ".repeat(3000), "[a](".repeat(2000), "<".repeat(5000), "`".repeat(3000), "\\".repeat(5000), "[".repeat(5000) + "]".repeat(5000),
  "a\u0000b", "\u0007\u001b\u007f", "\u2028\u2029", "\ufeffBOM midt i", "\ud800 ensom surrogat", "\t\tinnrykk med tab", "tekst\r\nmed crlf",
];

const mdCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.oneof(validSpec, mixedSpec),
    list(fc.record({ doc: fc.nat(), front: fc.constantFrom(...FRONTS), body: list(fc.oneof(fc.constantFrom(...MD_BODIES), safeMarkdown), 0, 4), name: fc.constantFrom(...MD_EXT) }), 1, 3),
  )
  .map(([spec, picks]) => {
    const files = toFiles(spec);
    const docs = docsOf(spec).filter((d) => !d.path.endsWith("report.yaml") && d.path !== "themes.yaml");
    for (const p of picks) {
      const target = docs[p.doc % Math.max(1, docs.length)];
      if (!target) continue;
      const i = files.findIndex((f) => f.path === target.path);
      if (i < 0) continue;
      // The file becomes a Markdown file of the same name: "02-del.yaml" → "02-del.md".
      const path = target.path.replace(/\.[^./]+$/, p.name);
      if (path !== target.path && files.some((f) => f.path === path)) continue;
      files[i] = { path, data: `${p.front}${p.body.join("\n\n")}\n` };
    }
    return { family: "markdown", files, drafts: spec.drafts };
  });

/* ------------------------------------------------------------------- all */

const families: Record<Family, fc.Arbitrary<FuzzCase>> = {
  valid: validCase,
  structured: structuredCase,
  bytes: bytesCase,
  yaml: yamlCase,
  markdown: mdCase,
};

/** One case of any family; the weights give about a quarter valid content, which reaches the model and render stages. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { arbitrary: families.valid, weight: 25 },
  { arbitrary: families.structured, weight: 25 },
  { arbitrary: families.bytes, weight: 20 },
  { arbitrary: families.yaml, weight: 15 },
  { arbitrary: families.markdown, weight: 15 },
);

export const familyCase = (family: Family): fc.Arbitrary<FuzzCase> => families[family];
