/**
 * docs/rules.md: every rule samling can report — its stable id, severity, and
 * what it says, in bokmål and English, with example values. Generated from
 * the rule list and the message catalogues; a test keeps it current and checks
 * that the code emits no rule that is missing here.
 */
import type { Params } from "../shared/diagnostic.ts";
import { catalogues } from "../validate/messages/index.ts";
import { RULES, type RuleId } from "../shared/rules-catalogue.ts";

/** Values to show each message with, as a real problem would fill them in. */
const EXAMPLES: Record<RuleId, Params> = {
  "file/missing": { what: "content/site.yaml" },
  "file/unreadable": { reason: "EACCES" },
  "file/empty": {},
  "file/too-large": { size: 2_400_000, limit: 1_000_000 },
  "file/binary": {},
  "file/encoding": {},
  "content/no-reports": { dir: "content/reports" },
  "content/no-report-file": {},
  "content/no-section-file": {},
  "content/unknown-file": { name: "bilde.png" },
  "yaml/syntax": { reason: "bad indentation of a mapping entry" },
  "yaml/not-a-mapping": {},
  "yaml/needs-quotes": { key: "title", fix: 'title: "Del 2: Egne tiltak"' },
  "yaml/alias-expansion": { anchor: "b", limit: 100_000 },
  "yaml/alias-cycle": { anchor: "a" },
  "yaml/front-matter-language": { language: "toml" },
  "schema/unknown-key": { key: "dte", suggestion: "date", allowed: "id, title, date, status" },
  "schema/required": { key: "title" },
  "schema/type": { key: "total", expected: "number", received: "string" },
  "schema/enum": { key: "status", value: "publisert", allowed: "draft, published" },
  "schema/unknown-kind": { value: "qestions", suggestion: "questions", allowed: "text, section, questions, …" },
  "schema/too-short": { key: "items", minimum: 1, unit: "punkt" },
  "schema/format": { key: "id", value: "Min Id", format: "små bokstaver, tall og bindestrek" },
  "schema/invalid": { key: "text", detail: "Fyll inn «title» eller «text»." },
  "cache/damaged": { reason: "checksum" },
  "schema/deprecated-key": { key: "measuresTitle", replacement: "measuresHeading", since: "1.0.0", until: "2.0.0" },
  "schema/deprecated-key-conflict": { key: "measuresTitle", replacement: "measuresHeading" },
  "date/invalid": { value: "2024-02-30" },
  "date/range-order": { start: "2024-10-25", end: "2024-10-24" },
  "time/invalid": { value: "25:00" },
  "lang/invalid": { value: "engelsk" },
  "participants/total": { total: 87, sum: 88 },
  "participants/coverage": { count: 120, of: 88 },
  "table/no-rows": {},
  "table/data-and-rows": { key: "rows" },
  "table/missing-data": { file: "tabell-5-1.csv", dir: "content/reports/2025-06-12-handlingsplan" },
  "table/csv-syntax": { code: "CSV_QUOTE_NOT_CLOSED", reason: "Quote Not Closed" },
  "table/row-cells": { part: "body", row: 3, cells: 5, columns: 4, against: "head" },
  "table/span": { marker: "^^" },
  "table/total": { column: "Kommune – Tiltak", index: 3, total: "1 240", sum: "1 204" },
  "ids/leading-digit": { value: "2012-rad" },
  "ids/duplicate": { id: "tillit", first: "content/reports/x/04-sporsmal.yaml:12" },
  "ref/unresolved": { ref: "tilit", suggestion: "tillit" },
  "ref/unknown-step": { ref: "forankringg", suggestion: "forankring" },
  "ref/unknown-theme": { ref: "oppgavedelling", suggestion: "oppgavedeling", allowed: "oppgavedeling, teknologi" },
  "ref/unknown-solution": { ref: "mikrolaering", suggestion: "mikrolæring", allowed: "kombistillinger, mikrolæring" },
  "ref/unknown-report": { ref: "2024-10-25-agder", suggestion: "2024-10-26-agder" },
  "ref/self-link": { ref: "2025-05-20-nordre-follo" },
  "solution/file-name": { name: "Kombistillinger.yaml", suggestion: "kombistillinger" },
  "questions/unknown-part": { part: "funnn", allowed: "funn, steg", suggestion: "funn" },
  "publish/required": { key: "summary" },
  "template/example-text": { value: "Sted" },
  "link/unsafe-scheme": { url: "javascript:alert(1)", scheme: "javascript:" },
  "link/missing-file": { url: "bilder/kart.png", dir: "content/reports/2024-10-25-agder" },
  "link/unknown-anchor": { anchor: "metodikk", suggestion: "metode" },
  "markdown/raw-html": { html: "<br>" },
  "image/missing": { src: "bilder/kart.png" },
  "image/remote": { src: "https://example.com/foto.jpg" },
  "image/format": { src: "lysbilder.pptx", ext: ".pptx" },
  "image/too-large": { src: "bilder/drone.tif", size: 48, limit: 20 },
  "image/too-many-pixels": { src: "bilder/kart.png", width: 100000, height: 100000, limit: 100 },
  "image/svg-active": { src: "bilder/diagram.svg" },
  "image/no-alt": { src: "bilder/gruppearbeid.jpg" },
  "image/unused": {},
  "markdown/table-cells": { cells: 4, header: 3 },
  "site/contrast": { key: "primary", colour: "#7fb3e0", ratio: 2.2, background: "hvit", minimum: 4.5, use: "tekst" },
  "privacy/national-id": { value: "150786 49582" },
  "privacy/email": { value: "kari.nordmann@kommune.no" },
  "privacy/phone": { value: "912 34 567" },
  "privacy/no-consent": { name: "Ola Nordmann", field: "email" },
  "note/no-text": { label: "3" },
  "note/unused": { label: "kostra" },
  "note/in-heading": { label: "1" },
  "cite/unknown-key": { key: "moland2031", suggestion: "moland2013", files: "content/reports/2025-09-15-evaluering/litteratur.bib" },
  "cite/no-bibliography": { key: "moland2013" },
  "cite/bad-file": { reason: 'expected "rbrace", got EOF' },
  "cite/duplicate-key": { key: "moland2013" },
  "cite/no-references": { count: 15 },
};

export function ruleCatalogue(): string {
  const parts = [
    "# Regler",
    "",
    "Alt `samling check` kan melde, med regelens faste id. Generert med `npm run docs` — ikke rediger for hånd.",
    "`--strict` gjør advarsler til feil, utenom gamle feltnavn (`schema/deprecated-key`) og påminnelsene i et utkast. `--format json` og `--format github` gir det samme for verktøy.",
    "",
    "| Regel | Alvor | Melding (eksempel) |",
    "|---|---|---|",
  ];
  const { nb, en } = catalogues;
  // Messages are plain text for a terminal: shown in Markdown, «![alt](fil.jpg)» must stay text, not become an image.
  const md = (text: string) => text.replace(/([\\`*_[\]<>|])/g, "\\$1");
  for (const [rule, severity] of Object.entries(RULES) as Array<[RuleId, string]>) {
    parts.push(`| [\`${rule}\`](#${rule.replace("/", "")}) | ${nb.words[severity as "error"]} | ${md(nb.rules[rule].message(EXAMPLES[rule]))} |`);
  }
  for (const rule of Object.keys(RULES) as RuleId[]) {
    const p = EXAMPLES[rule];
    parts.push(
      "",
      `## ${rule}`,
      "",
      `- **nb:** ${md(nb.rules[rule].message(p))} → ${md(nb.rules[rule].hint(p))}`,
      `- **en:** ${md(en.rules[rule].message(p))} → ${md(en.rules[rule].hint(p))}`,
    );
  }
  return `${parts.join("\n")}\n`;
}
