/**
 * What `samling import` says when it is done: what it made, and what a human
 * should look at before the draft is published. The words are the command
 * line's (src/shared/cli-messages/), in the language asked for.
 */
import { cliMessages, type CliLang } from "../shared/cli-messages/index.ts";
import type { ImportResult } from "./import-docx.ts";

type Done = Extract<ImportResult, { ok: true }>;

export function importSummary(r: Done, displayDir: string, lang: CliLang = "nb"): string {
  const m = cliMessages(lang).import.summary;
  const c = r.laidOut.counts;
  const made = [
    ...(c.sections ? [m.chapters(c.sections)] : []),
    m.textBlocks(c.blocks),
    m.tables(c.tables),
    m.images(c.images, c.imagesWithoutAlt),
    m.footnotes(c.notes),
  ].join(", ");
  const check: string[] = [];
  for (const x of r.laidOut.check) {
    const file = `${displayDir}/${x.file}`;
    if (x.rule === "no-alt") check.push(m.noAlt(file));
    if (x.rule === "no-caption") check.push(m.noCaption(file));
    if (x.rule === "note-in-table") check.push(m.noteInTable(file));
  }
  for (const link of r.droppedLinks) check.push(m.droppedLink(link));
  if (r.unknownStyles.length) check.push(m.unknownStyles(r.unknownStyles));
  if (r.dateFrom !== "option") check.push(m.date(`${displayDir}/report.yaml`, r.dateFrom));
  check.push(m.fillIn(`${displayDir}/report.yaml`));
  return [
    m.imported(r.source, displayDir),
    `${made}.`,
    "",
    m.checkHeading,
    ...check.map((line) => `  - ${line}`),
    "",
    m.next,
    "",
  ].join("\n");
}
