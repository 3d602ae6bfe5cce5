/**
 * `samling import FILE.docx`: a Word document as a new draft report folder,
 * named as `new` names one and never over an existing one. Everything is
 * written into a hidden folder beside the reports first and moved into place
 * when complete, so a failure leaves nothing half-written.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { dump } from "js-yaml";
import { contentFileKind, schemaComment } from "../schema/editor-schemas.ts";
import { isRealDate } from "../schema/common.ts";
import { slugify } from "../shared/slug.ts";
import { cliMessages, type CliLang } from "../shared/cli-messages/index.ts";
import { documentPieces } from "./document-pieces.ts";
import { layOut, type LaidOut } from "./layout.ts";
import { readDocx } from "./read-docx.ts";

export interface ImportOptions {
  file: string;
  contentDir: string;
  /** Where docs/schema/ is, for the editor's schema lines. */
  projectDir: string;
  title?: string;
  date?: string;
  /** Today, for a document that says nothing of its date. */
  today: string;
  /** The language of the reason when nothing could be imported (default bokmål). */
  lang?: CliLang;
}

export type ImportResult =
  | {
      ok: true;
      id: string;
      dir: string;
      laidOut: LaidOut;
      unknownStyles: string[];
      droppedLinks: string[];
      dateFrom: "option" | "document" | "today";
      source: string;
    }
  | { ok: false; reason: string };

const yaml = (value: unknown): string => dump(value, { lineWidth: 100 });

/** report.yaml of an imported report: what the document says, and commented placeholders for the rest. */
export function reportYaml(o: {
  title: string;
  subtitle?: string;
  date: string;
  dateNote: string;
  organiser?: string;
  lang?: string;
  source: string;
}): string {
  return [
    `# Importert fra ${o.source}. Alle felt: docs/fields.md. Sett «status: published» når rapporten er klar.`,
    yaml({ title: o.title, ...(o.subtitle && { subtitle: o.subtitle }) }).trimEnd(),
    `date: ${o.date}   # ${o.dateNote}`,
    "# endDate: ÅÅÅÅ-MM-DD   # siste dag, for møter over flere dager",
    "# place: Sted",
    o.organiser ? yaml({ organisers: [o.organiser] }).trimEnd() : "# organisers:\n#   - Arrangøren",
    "# theme: Møtets tema",
    ...(o.lang && o.lang !== "nb" ? [`lang: ${o.lang}   # dokumentets språk`] : []),
    "status: draft",
    "# summary: >-\n#   To–tre setninger om hva rapporten kom fram til. Påkrevd før publisering; vises i arkivet og i søk.",
    "",
  ].join("\n");
}

export async function importDocx(o: ImportOptions): Promise<ImportResult> {
  const why = cliMessages(o.lang ?? "nb").import.reasons;
  if (o.date !== undefined && !isRealDate(o.date)) return { ok: false, reason: why.badDate(o.date) };
  const read = await readDocx(o.file, o.lang);
  if (!read.ok) return read;
  const { doc } = read;
  const pieces = documentPieces(doc.html);
  if (!pieces.pieces.some((p) => p.kind !== "doc-title" && p.kind !== "doc-subtitle") && doc.images.length === 0)
    return { ok: false, reason: why.emptyDocument };
  const laidOut = layOut(pieces);
  const source = basename(o.file);
  const firstHeading = pieces.pieces.find((p) => p.kind === "heading");
  const title = (
    o.title ??
    laidOut.title ??
    doc.properties.title ??
    (firstHeading?.kind === "heading" ? firstHeading.text : undefined) ??
    source.replace(/\.docx$/i, "")
  ).trim();
  const dateFrom = o.date ? "option" : doc.properties.created ? "document" : "today";
  const date = o.date ?? doc.properties.created ?? o.today;
  const id = `${date}-${slugify(title.replace(/[*\\]/g, ""), 50)}`;
  const reports = join(o.contentDir, "reports");
  const dir = join(reports, id);
  if (existsSync(dir)) return { ok: false, reason: why.exists(relative(process.cwd(), dir)) };

  const temporary = join(reports, `.import-${process.pid}-${Date.now()}`);
  const images = new Map(doc.images.map((i) => [i.name, i.data]));
  try {
    mkdirSync(temporary, { recursive: true });
    const dateNote = {
      option: "som oppgitt",
      document: "da dokumentet ble laget: sjekk at det er møtets dato",
      today: "dagens dato: sett møtets dato",
    }[dateFrom];
    const organiser = doc.properties.company ?? undefined;
    const files = new Map<string, string | Buffer>([
      [
        "report.yaml",
        reportYaml({
          title,
          ...(laidOut.subtitle && { subtitle: laidOut.subtitle }),
          date,
          dateNote,
          ...(organiser && { organiser }),
          ...(doc.properties.lang && { lang: doc.properties.lang }),
          source,
        }),
      ],
    ]);
    for (const [path, text] of laidOut.files) files.set(path, /\.(ya?ml|md)$/.test(path) ? text : images.get(text)!);
    for (const [path, content] of files) {
      const target = join(temporary, path);
      mkdirSync(dirname(target), { recursive: true });
      const kind =
        typeof content === "string"
          ? contentFileKind(relative(o.contentDir, join(dir, path)).split(sep).join("/"))
          : undefined;
      writeFileSync(
        target,
        kind && /\.ya?ml$/.test(path)
          ? `${schemaComment(kind, resolve(dirname(join(dir, path))), resolve(o.projectDir))}\n${content}`
          : content,
      );
    }
    renameSync(temporary, dir);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    return { ok: false, reason: why.cannotWrite((error as NodeJS.ErrnoException).code) };
  }
  return {
    ok: true,
    id,
    dir,
    laidOut,
    unknownStyles: doc.unknownStyles,
    droppedLinks: pieces.droppedLinks,
    dateFrom,
    source,
  };
}
