/**
 * Block shapes: for every block kind of the schemas (src/schema/blocks/), an
 * arbitrary of its YAML data — required and optional keys, the rules the
 * schema checks across fields kept mostly true — filled with a set of leaves
 * (leaves.ts), and the shape of report.yaml. `SAFE_SHAPES` are valid blocks,
 * `MIXED_SHAPES` the same with a wrong leaf now and then.
 */
import fc from "fast-check";
import { blockKinds } from "../../../src/schema/blocks/index.ts";
import { programmeItemKinds } from "../../../src/schema/blocks/programme.ts";
import { languages, uiKeys } from "../../../src/shared/i18n/index.ts";
import {
  count,
  list,
  mixed,
  mixedLeaves,
  opt,
  safeLeaves,
  STEP_IDS,
  stepId,
  type Json,
  type Leaves,
  type Obj,
} from "./leaves.ts";

export function shapes(L: Leaves) {
  const themes = list(L.theme, 1, 2);
  const base = { id: L.id, title: L.text, intro: L.md, outro: L.md, themes };
  const baseOf = (kind: string, extra: Record<string, fc.Arbitrary<Json>>, required: string[]) =>
    opt({ kind: fc.constant(kind), ...base, ...extra }, ["kind", ...required]).map((o) =>
      // Ids on a block are rarer than titles: a collision between two generated ids is an error, not a crash.
      "id" in o && (o.title === undefined || (typeof o.id === "string" && o.id.length % 3 !== 0))
        ? (({ id: _drop, ...rest }) => rest)(o)
        : o,
    );
  const person = opt(
    {
      name: L.text,
      title: L.text,
      role: L.text,
      organisation: L.text,
      email: fc.constantFrom("kari@kommune.no", "ola.nordmann@example.no"),
      phone: fc.oneof(fc.constant("912 34 567"), fc.constant(91234567)),
      consent: L.bool,
    },
    ["name"],
  ).map((p) => (("email" in p || "phone" in p) && !("consent" in p) ? { ...p, consent: true } : p));
  const personRef = fc.oneof({ arbitrary: L.text, weight: 2 }, { arbitrary: person, weight: 1 });
  const url = fc.constantFrom(
    "https://example.no",
    "https://example.no/æøå?q=1#x",
    "/intern/",
    "#anker",
    "mailto:post@kommune.no",
    "http://x.no/a b",
  );
  const organisation = opt(
    {
      name: L.text,
      url,
      logo: fc.constantFrom("/assets/img/logo.svg", "logo.png", ""),
      members: list(personRef, 0, 3),
    },
    ["name"],
  );
  const themedLine = fc.oneof(
    { arbitrary: L.text, weight: 3 },
    { arbitrary: opt({ text: L.text, id: L.id, themes }, ["text"]), weight: 1 },
  );
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
        coverage: list(
          fc.oneof(L.text, opt({ count: L.count, of: L.count, label: L.text }, ["count", "of", "label"])),
          1,
          3,
        ),
      },
      ["roles"],
    ).map((b) => {
      const sum = (b.roles as Obj[]).reduce((n, r) => n + (typeof r.count === "number" ? r.count : 0), 0);
      const coverage = Array.isArray(b.coverage)
        ? b.coverage.map((c) =>
            c &&
            typeof c === "object" &&
            typeof (c as Obj).count === "number" &&
            typeof (c as Obj).of === "number" &&
            ((c as Obj).count as number) > ((c as Obj).of as number)
              ? { ...(c as Obj), count: (c as Obj).of, of: (c as Obj).count }
              : c,
          )
        : b.coverage;
      return {
        ...b,
        ...(b.total !== undefined && { total: b.total === "off-by-one" ? sum + 1 : sum }),
        ...(coverage !== undefined && { coverage }),
      };
    }),
    method: baseOf(
      "method",
      {
        tables: L.text,
        groupSize: L.text,
        facilitation: L.text,
        tasks: L.text,
        more: list(opt({ label: L.text, text: L.text }, ["label", "text"]), 1, 3),
      },
      [],
    ),
    programme: baseOf(
      "programme",
      {
        items: list(
          opt(
            {
              time: L.time,
              end: L.time,
              type: fc.constantFrom(...programmeItemKinds),
              title: L.text,
              subtitle: L.text,
              speakers: list(personRef, 1, 3),
              section: fc.constantFrom("del-en", "innledning", "finnes-ikke"),
              text: L.md,
            },
            [],
          ).map((i) =>
            i.section !== undefined && String(i.title ?? "").length % 29 !== 0
              ? (({ section: _s, ...rest }) => rest)(i)
              : i,
          ),
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
        parts: fc
          .uniqueArray(
            fc.oneof(
              { arbitrary: fc.constantFrom(...PARTS), weight: 12 },
              { arbitrary: fc.constantFrom(...ODD_PARTS), weight: 1 },
            ),
            { minLength: 1, maxLength: 3 },
          )
          .chain((ids) => fc.tuple(...ids.map((id) => opt({ id: fc.constant(id), name: L.text }, ["id", "name"])))),
        items: list(
          opt(
            {
              id: L.id,
              question: L.text,
              synthesis: L.md,
              answers: fc.dictionary(fc.constantFrom(...PARTS, ...ODD_PARTS), list(themedLine, 0, 3), { maxKeys: 3 }),
            },
            ["question"],
          ),
          1,
          3,
        ),
      },
      ["parts", "items"],
    ).map((b) => {
      // Answers use the parts the block declares; an undeclared one is a reported mistake, so keep them rare.
      const parts = (b.parts as Obj[]).map((p) => p.id as string);
      const items = (b.items as Obj[]).map((q) => {
        if (!q.answers || typeof q.answers !== "object") return q;
        const answers = Object.fromEntries(
          Object.entries(q.answers as Obj).map(([k, v], i) => [
            parts.includes(k) ? k : (parts[i % parts.length] ?? k),
            v,
          ]),
        );
        return { ...q, answers };
      });
      return { ...b, items };
    }),
    "recurring-answers": baseOf(
      "recurring-answers",
      { items: list(opt({ title: L.text, text: L.md, id: L.id, themes }, ["title", "text"]), 1, 3) },
      ["items"],
    ),
    poll: baseOf(
      "poll",
      {
        tool: L.text,
        question: L.text,
        responses: L.count,
        ranked: L.bool,
        items: list(pollItem, 1, 4),
        groups: list(opt({ title: L.text, items: list(pollItem, 1, 3) }, ["title", "items"]), 1, 2),
      },
      ["question"],
    ),
    "group-task": baseOf(
      "group-task",
      {
        number: fc.integer({ min: 1, max: 20 }),
        question: L.text,
        proposalsHeading: L.text,
        proposals: list(themedText, 1, 3),
        numbered: L.bool,
        measuresHeading: L.text,
        measures: list(themedText, 1, 3),
      },
      ["question"],
    ),
    "workshop-mat": baseOf(
      "workshop-mat",
      {
        table: L.text,
        columns: list(opt({ name: L.text, items: list(themedLine, 1, 3), text: L.md }, ["name"]), 1, 3),
      },
      ["columns"],
    ),
    "key-figures": baseOf(
      "key-figures",
      {
        items: list(
          opt(
            {
              value: fc.oneof(count, fc.double({ noNaN: true, noDefaultInfinity: true }), L.text),
              unit: fc.oneof(L.text, fc.constantFrom("%", "kr", "personer")),
              label: L.text,
              note: L.md,
              source,
            },
            ["value"],
          ),
          1,
          14,
        ),
        source,
        series: L.bool,
      },
      ["items"],
    ),
    quote: baseOf("quote", { text: L.md, who: L.text, context: L.text, date: L.date, note: L.md }, ["text"]),
    phases: baseOf(
      "phases",
      {
        items: list(opt({ name: L.text, duration: L.text, learnings: list(L.text, 1, 3), note: L.md }, ["name"]), 1, 3),
      },
      ["items"],
    ),
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
        data: mixed(
          fc.constant("tabell.csv"),
          fc.constantFrom("finnes-ikke.csv", "../tabell.csv", "tabell.CSV", "tabell.csv ", "bilder/kart.png"),
        ),
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
const described = (o: Obj): Obj =>
  o.alt === undefined && o.decorative !== true ? { ...o, alt: "Bilde av et møte" } : o;

export const SAFE_SHAPES = shapes(safeLeaves);
export const MIXED_SHAPES = shapes(mixedLeaves);
export type Shapes = ReturnType<typeof shapes>;
const NON_SECTION_KINDS: string[] = blockKinds.filter((k) => k !== "section");

export const anyBlock = (S: Shapes) =>
  fc.oneof(
    ...NON_SECTION_KINDS.map((k) => (S as unknown as Record<string, fc.Arbitrary<Obj> | undefined>)[k] ?? S.generic(k)),
  );

export function reportMeta(L: Leaves): fc.Arbitrary<Obj> {
  const organisation = opt({ name: L.text, url: fc.constantFrom("https://example.no", "/intern/") }, ["name"]);
  const labels = fc
    .uniqueArray(fc.constantFrom(...uiKeys), { maxLength: 3 })
    .chain((keys) => fc.tuple(...keys.map((k) => L.text.map((t) => [k, t] as const))))
    .map((e) => Object.fromEntries(e));
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
    if (out.status === "published" && String(out.title).length % 11 !== 0)
      out = { date: "2024-03-01", summary: "Sammendrag.", ...out };
    if (typeof out.date === "string" && typeof out.endDate === "string" && out.endDate < out.date)
      out = { ...out, endDate: out.date };
    if ("id" in out && String(out.title).length % 2 === 0) out = (({ id: _i, ...rest }) => rest)(out);
    return out;
  });
}
