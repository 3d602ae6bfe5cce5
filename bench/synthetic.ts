/**
 * Synthetic reports for the benchmark: seed-sized (about 12–15 kB of text),
 * every block kind, deterministic. Each report is written twice: as samling
 * content, and as the same prose in one plain Markdown file for bare Eleventy.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const WORDS = (
  "samarbeid kommune helsefellesskap innbygger tjeneste oppgavedeling kompetanse frivillighet " +
  "forventning ressurs ledelse tillit dialog bærekraft forebygging teknologi pasientforløp " +
  "sykehus rolle prioritering kapasitet læring møteplass erfaring løsning plan mål tiltak"
).split(" ");

/** A small linear congruential generator: the same N gives the same reports. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function sentence(rnd: () => number, words = 6 + Math.floor(rnd() * 7)): string {
  const w = Array.from({ length: words }, () => WORDS[Math.floor(rnd() * WORDS.length)]!);
  const s = w.join(" ");
  return s[0]!.toUpperCase() + s.slice(1) + ".";
}

/** Plain scalars where YAML allows them, as people write; quoted only when needed. */
const yamlString = (s: string) => (/^[\p{L}][\p{L}\p{N} .,]*$/u.test(s) ? s : JSON.stringify(s));
const list = (items: string[], indent = "  ") => items.map((i) => `${indent}- ${yamlString(i)}`).join("\n");

interface Written {
  samlingFiles: Record<string, string>;
  markdown: string;
}

function report(n: number): Written {
  const rnd = random(n + 1);
  const s = (k = 1) => Array.from({ length: k }, () => sentence(rnd)).join(" ");
  const items = (k: number) => Array.from({ length: k }, () => s());
  const day = String(1 + (n % 28)).padStart(2, "0");
  const month = String(1 + (n % 12)).padStart(2, "0");
  const title = `Rapport ${n}: ${sentence(rnd, 4).slice(0, -1)}`;
  const md: string[] = [`# ${title}`, s(3)];
  const f: Record<string, string> = {};

  f["report.yaml"] =
    `title: ${yamlString(title)}\ndate: 20${10 + (n % 15)}-${month}-${day}\nplace: Agder\norganisers: [Helsefellesskapet]\ntheme: ${yamlString(s())}\nfocusQuestion: ${yamlString(s())}\nstatus: published\nsummary: ${yamlString(s(2))}\n`;

  const intro = s(4);
  f["01-innledning.md"] = `---\ntitle: Innledning\n---\n${intro}\n\n${s(4)}\n`;
  md.push("## Innledning", intro);

  const roles = Array.from({ length: 6 }, (_, i) => ({ role: `Rolle ${i + 1}`, count: 3 + Math.floor(rnd() * 30) }));
  f["02-deltakere.yaml"] =
    `kind: participants\ntitle: Deltakere\nroles:\n${roles.map((r) => `  - { role: ${r.role}, count: ${r.count} }`).join("\n")}\ntotal: ${roles.reduce((a, r) => a + r.count, 0)}\ncoverage:\n  - { count: 21, of: 25, label: kommuner representert }\n`;
  md.push("## Deltakere", ...roles.map((r) => `- ${r.role}: ${r.count}`));

  f["03-metode.yaml"] =
    `kind: method\ntitle: Metode\ntables: 10 runde bord\ngroupSize: ${yamlString(s())}\nfacilitation: ${yamlString(s())}\ntasks: ${yamlString(s())}\n`;
  md.push("## Metode", s(3));

  const wg = [items(3), items(2)];
  f["04-arbeidsgruppe.yaml"] =
    `kind: working-group\ntitle: Arbeidsgruppe\norganisations:\n  - name: Kommunen\n    members:\n${list(wg[0]!, "      ")}\n  - name: Sykehuset\n    members:\n${list(wg[1]!, "      ")}\n`;
  md.push("## Arbeidsgruppe", ...wg.flat().map((x) => `- ${x}`));

  const programme = Array.from({ length: 6 }, (_, i) => ({ time: `${9 + i}:00`, title: s(), speaker: `Person ${i}` }));
  f["05-program.yaml"] =
    `kind: programme\ntitle: Program\nitems:\n${programme.map((p) => `  - { time: "${p.time}", title: ${yamlString(p.title)}, speakers: [${p.speaker}] }`).join("\n")}\n`;
  md.push("## Program", ...programme.map((p) => `- ${p.time} ${p.title} v/ ${p.speaker}`));

  const questions = Array.from({ length: 6 }, () => ({ q: s(), syn: s(2), a: items(5), b: items(3), c: items(3) }));
  f["06-sporsmal.yaml"] =
    `kind: questions\ntitle: Spørsmål\nparts:\n  - { id: funn, name: Hovedfunn }\n  - { id: gap, name: Hvilke forventningsgap tettes? }\n  - { id: start, name: Hvordan komme i gang? }\nitems:\n${questions
      .map(
        (q) =>
          `  - question: ${yamlString(q.q)}\n    synthesis: ${yamlString(q.syn)}\n    answers:\n      funn:\n${list(q.a, "        ")}\n      gap:\n${list(q.b, "        ")}\n      start:\n${list(q.c, "        ")}`,
      )
      .join("\n")}\n`;
  md.push(
    "## Spørsmål",
    ...questions.flatMap((q) => [`### ${q.q}`, q.syn, ...[...q.a, ...q.b, ...q.c].map((x) => `- ${x}`)]),
  );

  const recurring = items(3);
  f["07-svar.yaml"] =
    `kind: recurring-answers\ntitle: Gjennomgående svar\nitems:\n${recurring.map((r, i) => `  - { title: "Svar ${i}", text: ${yamlString(r)} }`).join("\n")}\n`;
  md.push("## Gjennomgående svar", ...recurring.map((r) => `- ${r}`));

  const poll = items(6);
  f["08-menti.yaml"] =
    `kind: poll\ntool: Menti\nquestion: ${yamlString(s())}\nresponses: 50\nitems:\n${poll.map((p, i) => `  - { title: "Faktor ${i}", text: ${yamlString(p)} }`).join("\n")}\n`;
  md.push("## Menti", ...poll.map((p, i) => `${i + 1}. ${p}`));

  const proposals = items(5);
  const measures = items(4);
  f["09-oppgave.yaml"] =
    `kind: group-task\nnumber: 2\nquestion: ${yamlString(s())}\nproposals:\n${proposals.map((p) => `  - { text: ${yamlString(p)} }`).join("\n")}\nmeasures:\n${measures.map((p) => `  - { text: ${yamlString(p)} }`).join("\n")}\n`;
  md.push("## Oppgave 2", ...[...proposals, ...measures].map((p) => `- ${p}`));

  const cols = [items(8), items(4), items(4)];
  f["10-matte.yaml"] =
    `kind: workshop-mat\ntitle: Positiv kjernemappe\ntable: Bord 2\ncolumns:\n${["Gode erfaringer", "Suksessfaktorer", "Hva betyr det for oss?"].map((name, i) => `  - name: ${yamlString(name)}\n    items:\n${list(cols[i]!, "      ")}`).join("\n")}\n`;
  md.push("## Positiv kjernemappe", ...cols.flat().map((c) => `- ${c}`));

  f["11-tall.yaml"] =
    `kind: key-figures\ntitle: Nøkkeltall\nitems:\n  - { value: 685000, unit: personer, label: ${yamlString(s())} }\n  - { value: 48, unit: "%", label: ${yamlString(s())} }\nsource: { text: SSB }\n`;
  f["12-sitat.yaml"] = `kind: quote\ntext: ${yamlString(s())}\nwho: En deltaker\n`;
  f["13-faser.yaml"] =
    `kind: phases\ntitle: Faser\nitems:\n  - name: Forberedelse\n    learnings:\n${list(items(4), "      ")}\n  - name: Gjennomføring\n    learnings:\n${list(items(4), "      ")}\n`;
  f["14-neste.yaml"] =
    `kind: next-steps\ntitle: Veien videre\nitems:\n  - { what: ${yamlString(s())}, when: 2025-01-15, who: SSU }\n  - { what: ${yamlString(s())} }\n`;
  f["15-slutt.yaml"] = `kind: closing\ntext: ${yamlString(s())}\n`;
  md.push(
    "## Nøkkeltall",
    s(2),
    "> " + s(),
    "## Faser",
    ...items(8).map((x) => `- ${x}`),
    "## Veien videre",
    s(2),
    s(),
  );
  return { samlingFiles: f, markdown: md.join("\n\n") + "\n" };
}

/**
 * One long report (about `repeats` × 15 printed pages): the blocks of `repeats`
 * synthetic reports, one after another, in a single report folder.
 */
export function writeLongReport(root: string, repeats: number): void {
  const dir = join(root, "content/reports/lang-rapport");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, "content/site.yaml"), "name: Benk\n");
  for (let n = 0; n < repeats; n++) {
    for (const [name, text] of Object.entries(report(n).samlingFiles)) {
      if (name === "report.yaml") {
        if (n === 0) writeFileSync(join(dir, name), text.replace(/^title: .*$/m, "title: En lang rapport"));
        continue;
      }
      writeFileSync(join(dir, `${String(n).padStart(3, "0")}-${name}`), text);
    }
  }
}

/**
 * A long report with footnotes and citations: the print fixture's evaluation report (40 notes, 15
 * works cited from BibTeX, figures, tables, parts), its chapters written `repeats` times over.
 */
export function writeLongCitedReport(root: string, repeats: number): void {
  const source = "tests/fixtures/print/content/reports/lang-rapport";
  const dir = join(root, "content/reports/lang-rapport");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, "content/site.yaml"), "name: Benk\n");
  const once = new Set(["report.yaml", "litteratur.bib", "bilder", "90-litteratur.yaml"]);
  for (const name of once) cpSync(join(source, name), join(dir, name), { recursive: true });
  for (let n = 0; n < repeats; n++) {
    for (const name of readdirSync(source).filter((f) => !once.has(f)))
      cpSync(join(source, name), join(dir, `${String(n).padStart(2, "0")}-${name}`), { recursive: true });
  }
}

/** Writes N reports as samling content under `root/content` and as plain Markdown under `root/plain`. */
export function writeSynthetic(root: string, count: number): void {
  mkdirSync(join(root, "content/reports"), { recursive: true });
  mkdirSync(join(root, "plain/_includes"), { recursive: true });
  writeFileSync(join(root, "content/site.yaml"), "name: Benk\n");
  writeFileSync(
    join(root, "plain/_includes/page.njk"),
    '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n',
  );
  for (let n = 0; n < count; n++) {
    const { samlingFiles, markdown } = report(n);
    const dir = join(root, "content/reports", `rapport-${String(n).padStart(4, "0")}`);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(samlingFiles)) writeFileSync(join(dir, name), text);
    writeFileSync(
      join(root, "plain", `rapport-${n}.md`),
      `---\nlayout: page.njk\ntitle: Rapport ${n}\n---\n${markdown}`,
    );
  }
}
