/**
 * The `markdown` family: documents of a valid or mixed content folder turned
 * into Markdown files with odd front matter (languages after `---` — some of
 * which would run JavaScript, which the canary catches — unclosed, empty) and
 * bodies full of footnote-, table-, HTML- and link-like syntax and the usual
 * pathological inputs.
 */
import fc from "fast-check";
import { CANARY, type FuzzCase } from "../pipeline.ts";
import { list, MD_SNIPPETS, NATIONAL_ID, safeMarkdown } from "./leaves.ts";
import { docsOf, MD_EXT, mixedSpec, toFiles, validSpec } from "./spec.ts";

const FRONTS = [
  "",
  "---\n---\n",
  "---\ntitle: Tittel\n---\n",
  "---\ntitle: Tittel\n",
  "---\n: ugyldig\n---\n",
  " ---\ntitle: x\n---\n",
  "----\ntitle: x\n----\n",
  "---\r\ntitle: x\r\n---\r\n",
  "--- # kommentar\ntitle: x\n---\n",
  "---\n---\n---\n",
  "---\ntitle: x\n...\n",
  "---\n- liste\n---\n",
  "---\nbare tekst\n---\n",
  "---\nkind: quote\ntext: Sitat\n---\n",
  "---\nkind: section\n---\n",
  "---\nkind: text\nbody: også i front\n---\n",
  "---yaml\ntitle: x\n---\n",
  "---yml\ntitle: x\n---\n",
  "---YAML\ntitle: x\n---\n",
  '---json\n{"title": "x"}\n---\n',
  "---json\n{ugyldig\n---\n",
  `---js\n{ title: (globalThis.${CANARY} = "front matter was run as JavaScript", "x") }\n---\n`,
  `---javascript\n(globalThis.${CANARY} = "front matter was run as JavaScript", {})\n---\n`,
  "---js\n{ title: 'x' }\n---\n",
  "---js\nthis is not javascript\n---\n",
  '---toml\ntitle = "x"\n---\n',
  "---coffee\ntitle: 'x'\n---\n",
  "---ukjent\nx\n---\n",
  "---  \ntitle: x\n---\n",
  "---\ntitle: x\n---  \n",
  "---\ntitle: x\n--- etter\n",
  "+++\ntitle = 'x'\n+++\n",
  "~~~\ntitle: x\n~~~\n",
  "---\n\n\n---\n",
  "---\ntitle: &a [*a]\n---\n",
  "---\ntitle: |\n  ---\n---\n",
  "---\n%YAML 1.2\n---\n",
  '---\ntitle: "x\n---\n',
];

const MD_BODIES = [
  ...MD_SNIPPETS,
  "",
  "\n\n",
  "---",
  "---\ntitle: inne i teksten\n---",
  "Tekst\n---\nmer",
  "[^1]\n\n[^1]:",
  "[^1]: a\n[^1]: b",
  "| a |\n| - |\n" + "| x |\n".repeat(200),
  "<table><tr><td>x</td></tr></table>",
  '<iframe src="https://example.no"></iframe>',
  "<style>body{}</style>",
  "<svg onload=alert(1)>",
  "[x](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "<javascript:alert(1)>",
  "[ref]\n\n[ref]: javascript:alert(1)",
  "![x](data:image/svg+xml,<svg>)",
  "[x]: <javascript:alert(1)>\n\n[x]",
  "[x](java\nscript:alert(1))",
  '[x](https://example.no/?a=<b>&c="d")',
  "<a href='x'>[inne](javascript:alert(1))</a>",
  `Ring ${"912 34 567"} eller skriv til kari.nordmann@kommune.no`,
  `Fødselsnummer ${NATIONAL_ID}`,
  "```\nuavsluttet kodeblokk",
  "<!-- uavsluttet kommentar",
  "# " + "lang overskrift ".repeat(300),
  "> ".repeat(500) + "dypt sitat",
  "- ".repeat(500) + "dyp liste",
  "  ".repeat(300) + "- innrykk",
  "*a ".repeat(3000),
  "[a](".repeat(2000),
  "<".repeat(5000),
  "`".repeat(3000),
  "\\".repeat(5000),
  "[".repeat(5000) + "]".repeat(5000),
  "a\u0000b",
  "\u0007\u001b\u007f",
  "\u2028\u2029",
  "\ufeffBOM midt i",
  "\ud800 ensom surrogat",
  "\t\tinnrykk med tab",
  "tekst\r\nmed crlf",
];

export const mdCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.oneof(validSpec, mixedSpec),
    list(
      fc.record({
        doc: fc.nat(),
        front: fc.constantFrom(...FRONTS),
        body: list(fc.oneof(fc.constantFrom(...MD_BODIES), safeMarkdown), 0, 4),
        name: fc.constantFrom(...MD_EXT),
      }),
      1,
      3,
    ),
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
