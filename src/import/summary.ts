/**
 * What `samling import` says when it is done: what it made, and what a human
 * should look at before the draft is published.
 */
import type { ImportResult } from "./import-docx.ts";

type Done = Extract<ImportResult, { ok: true }>;

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function importSummary(r: Done, displayDir: string): string {
  const c = r.laidOut.counts;
  const made = [
    ...(c.sections ? [n(c.sections, "kapittel", "kapitler")] : []),
    n(c.blocks, "tekstblokk", "tekstblokker"),
    n(c.tables, "tabell", "tabeller"),
    `${n(c.images, "bilde", "bilder")}${c.imagesWithoutAlt ? ` (${c.imagesWithoutAlt} uten alternativ tekst)` : ""}`,
    n(c.notes, "fotnote", "fotnoter"),
  ].join(", ");
  const check: string[] = [];
  for (const x of r.laidOut.check) {
    const file = `${displayDir}/${x.file}`;
    if (x.rule === "no-alt") check.push(`${file}: bildet mangler alternativ tekst (alt) – skriv hva det viser`);
    if (x.rule === "no-caption") check.push(`${file}: tabellen har ingen tittel («Tabell …» over den) – skriv en i «caption»`);
    if (x.rule === "note-in-table") check.push(`${file}: en fotnote i tabellen ble utelatt – flytt den til teksten`);
  }
  for (const link of r.droppedLinks) check.push(`lenken «${link}» ble fjernet (farlig adresse); teksten står igjen`);
  if (r.unknownStyles.length) check.push(`ukjente stiler ble lest som vanlig tekst: ${r.unknownStyles.map((s) => `«${s}»`).join(", ")}`);
  if (r.dateFrom !== "option") check.push(`${displayDir}/report.yaml: datoen er ${r.dateFrom === "document" ? "da dokumentet ble laget" : "dagens"} – sett møtets dato`);
  check.push(`${displayDir}/report.yaml: fyll inn sted, arrangør og sammendrag`);
  return [
    `Importert ${r.source} → ${displayDir}/ (utkast)`,
    `${made}.`,
    "",
    "Sjekk:",
    ...check.map((line) => `  - ${line}`),
    "",
    "Neste steg: npm run serve og se rapporten; npm run check viser det som gjenstår.",
    "",
  ].join("\n");
}
