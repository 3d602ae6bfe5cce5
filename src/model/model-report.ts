/**
 * Model stage for one report: gives every titled block and question an
 * anchor, sets heading levels so they never skip, numbers titles, builds the
 * table of contents; what a block's kind adds is in model/blocks/<kind>.ts.
 * No HTML is made here.
 */
import { formatCitations } from "../cite/format-citations.ts";
import type { Block } from "../schema/blocks/index.ts";
import { sumOfRoles } from "../schema/blocks/participants.ts";
import type { OrganisationRef } from "../schema/common.ts";
import { uiStrings, type Lang, type UiStrings } from "../shared/i18n/index.ts";
import { plainText } from "../shared/plain-text.ts";
import { AnchorRegistry, slugify } from "../shared/slug.ts";
import { imageRefs } from "../validate/image-refs.ts";
import { idsInReport, reportId } from "../validate/rules/ids.ts";
import { allBlocks, type ValidBlock, type ValidReport } from "../validate/validated.ts";
import type { BodyNotes } from "./blocks/context.ts";
import { kindFields, LABELLED_KINDS } from "./blocks/index.ts";
import { oldNamesOf } from "../schema/deprecations.ts";
import { printLayout } from "./print-layout.ts";
import { headingOf } from "./headings.ts";
import { modelItems } from "./items.ts";
import { Numbering } from "./numbering.ts";
import { readTexts } from "./texts.ts";
import { countEntries, FOLD_CONTENTS_OVER, tocOf, tocText } from "./toc.ts";
import type { BlockModel, OrganiserModel, ReportModel, ThemedItem, ThemeLink } from "./types.ts";

/** Anchors used by the page itself, which blocks must not take. */
const PAGE_ANCHORS = ["main", "innhold", "toc", "top"];

interface Context {
  anchors: AnchorRegistry;
  ui: UiStrings;
  lang: Lang;
  participants?: number;
  themeLink: (id: string) => ThemeLink;
  /** Collects the report's items that carry themes. */
  themed: ThemedItem[];
  /** Titles, headings, figures and tables, numbered as the report says. */
  numbering: Numbering;
  /** Parts around the block: a part's chapters are numbered as if the part were not there. */
  inParts: number;
  /** Each Markdown body's headings (anchors, numbers) and captioned tables' labels, for the renderer. */
  bodies: BodyNotes;
}

/** A titled block's number: a part's «Del 2», a chapter's «2», a sub-chapter's «2.1». Figures and tables have labels instead. */
function headingNumber(block: Block, level: number, ctx: Context): string | undefined {
  if (block.numbered === false || LABELLED_KINDS.has(block.kind)) return undefined;
  if (block.kind === "section" && block.part) return ctx.numbering.part();
  return ctx.numbering.heading(level - 2 - ctx.inParts);
}

function modelBlock(valid: ValidBlock, level: number, ctx: Context, section?: string): BlockModel {
  const { block } = valid;
  const { anchors } = ctx;
  const own = headingOf(block, ctx.ui, ctx.lang);
  const anchor = anchors.claim(block.id, own.label ? plainText(own.label) : block.kind);
  const sublevel = own.heading ? level + 1 : level;
  // The number goes in front of the heading everywhere it is shown; the anchor is made without it, so it survives renumbering.
  const number = own.heading ? headingNumber(block, level, ctx) : undefined;
  const heading = number && own.heading ? `${number} ${own.heading}` : own.heading;
  const label = number && own.label ? `${number} ${own.label}` : own.label;
  const { participants, ui, lang, numbering, inParts, bodies } = ctx;
  const fields = kindFields(block, {
    valid,
    anchor,
    anchors,
    ui,
    lang,
    ...(participants !== undefined && { participants }),
    numbering,
    inParts,
    sublevel,
    bodies,
  });
  /** The heading this block's items stand under: its own, or its section's. */
  const under = label ? tocText(label) : section;
  const items = modelItems(block, {
    anchors,
    anchor,
    itemAnchors: "itemAnchors" in fields ? fields.itemAnchors : [],
    themeLink: ctx.themeLink,
    ...(under && { heading: under }),
    ...(section && { sectionHeading: section }),
  });
  ctx.themed.push(...items.themed);
  const part = block.kind === "section" && block.part === true;
  if (part) ctx.inParts++;
  const children = valid.children.map((c) => modelBlock(c, sublevel, ctx, under));
  if (part) ctx.inParts--;
  return {
    ...block,
    ...oldNames(block),
    ...(heading && { heading }),
    ...(label && { tocLabel: tocText(label) }),
    anchor,
    level,
    sublevel,
    children,
    lists: items.lists,
    themeLinks: items.themeLinks,
    from: valid.doc.file,
    ...(number && { headingNumber: number }),
    ...fields,
  } as BlockModel;
}

/** The old name of each renamed key beside its new one (schema/deprecations.ts), for templates and open data written before. */
function oldNames(block: ValidBlock["block"]): Record<string, unknown> {
  const values = block as Record<string, unknown>;
  return Object.fromEntries(
    oldNamesOf(block.kind).flatMap(([old, now]) => (values[now] === undefined ? [] : [[old, values[now]]])),
  );
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const organiser = (o: OrganisationRef): OrganiserModel =>
  typeof o === "string" ? { name: o } : { name: o.name, ...(o.url && { url: o.url }), ...(o.logo && { logo: o.logo }) };

/** A report's model. Its `publisher` is its organisers; without any, modelSite puts the site's name there. */
export function modelReport(report: ValidReport, themeLink: (id: string, lang: Lang) => ThemeLink): ReportModel {
  const { meta } = report;
  const id = reportId(report);
  const ui = uiStrings(meta.lang, meta.labels);
  const first = [...allBlocks(report.blocks)].map((b) => b.block).find((b) => b.kind === "participants");
  const participants = first?.kind === "participants" ? (first.total ?? sumOfRoles(first.roles)) : undefined;
  const ctx: Context = {
    anchors: new AnchorRegistry([...PAGE_ANCHORS, ...idsInReport(report).map((u) => u.id)]),
    ui,
    lang: meta.lang,
    ...(participants !== undefined && { participants }),
    themeLink: (id) => themeLink(id, meta.lang),
    themed: [],
    numbering: new Numbering(meta.numbering, ui),
    inParts: 0,
    bodies: { headings: {}, tables: {} },
  };
  const blocks = report.blocks.map((b) => modelBlock(b, 2, ctx));
  const toc = tocOf(blocks);
  const texts = readTexts(report.blocks);
  const webDepth = meta.contentsDepth?.web ?? 2;
  const words = [...allBlocks(report.blocks)].reduce((n, { doc }) => n + wordCount(doc.text), 0);
  const chapters = report.blocks.filter((b) => b.block.kind === "section").length;
  const layout = printLayout(
    toc,
    { words, chapters },
    { newPage: meta.print?.newPage, contentsDepth: meta.contentsDepth?.print },
  );
  const listAll = [...allBlocks(report.blocks)].some(
    ({ block }) => block.kind === "references" && block.include === "all",
  );
  const cited = report.bibliography
    ? formatCitations(report.bibliography.items, texts.citations, meta.lang, listAll)
    : undefined;
  return {
    id,
    url: `/${id}/`,
    lang: meta.lang,
    status: meta.status,
    title: meta.title,
    ...(meta.subtitle && { subtitle: meta.subtitle }),
    ...(meta.date && { date: meta.date }),
    ...(meta.endDate && { endDate: meta.endDate }),
    ...(meta.place && { place: meta.place }),
    ...(meta.theme && { theme: meta.theme }),
    ...(meta.focusQuestion && { focusQuestion: meta.focusQuestion }),
    ...(meta.summary && { summary: meta.summary }),
    organisers: (meta.organisers ?? []).map(organiser),
    publisher: (meta.organisers ?? []).map((o) => organiser(o).name).join(", "),
    ui,
    blocks,
    toc,
    // One numbered chapter is enough: a «Sammendrag» or «Forord» before chapter 1 is not numbered either.
    numberedTitles:
      meta.numbering || toc.some((e) => /^\d/.test(e.title) || e.children.some((c) => /^\d/.test(c.title))),
    ...(participants !== undefined && { participantTotal: participants }),
    questionCount: [...allBlocks(report.blocks)].reduce(
      (n, { block }) => n + (block.kind === "questions" ? block.items.length : 0),
      0,
    ),
    themedItems: ctx.themed,
    themes: [...new Set(ctx.themed.flatMap((i) => i.themes))].map((t) => themeLink(t, meta.lang)),
    related: [],
    links: [],
    searchKeys: {
      kind: "report",
      year: meta.date?.slice(0, 4) ?? "",
      organisers: (meta.organisers ?? []).map((o) => slugify(organiser(o).name)).join(" "),
      themes: [...new Set(ctx.themed.flatMap((i) => i.themes))].join(" "),
    },
    anchors: ctx.anchors.taken,
    images: [
      ...new Set(
        [...allBlocks(report.blocks)].flatMap(({ doc }) => imageRefs(doc).flatMap((r) => (r.file ? [r.file] : []))),
      ),
    ],
    source: meta,
    texts: {
      noteStarts: texts.noteStarts,
      citations: Object.fromEntries(cited?.citations ?? []),
      headings: ctx.bodies.headings,
      tables: ctx.bodies.tables,
    },
    contentsDepth: { web: webDepth, print: layout.contentsDepth },
    print: { newPage: layout.newPage },
    contentsCollapsible: countEntries(toc, webDepth) > FOLD_CONTENTS_OVER,
    references: (cited?.entries ?? []).map((e) => ({ ...e, anchor: ctx.anchors.claim(undefined, `lit-${e.key}`) })),
  };
}
