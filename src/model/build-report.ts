/**
 * Model stage for one report: gives every titled block and question an
 * anchor, sets heading levels so they never skip, builds the table of
 * contents, and derives totals. No HTML is made here.
 */
import { plainText } from "../render/markdown.ts";
import { uiStrings, type Lang, type UiStrings } from "../render/i18n/index.ts";
import type { Block } from "../schema/blocks/index.ts";
import type { OrganisationRef } from "../schema/common.ts";
import { imageRefs } from "../validate/image-refs.ts";
import { idsInReport, reportId } from "../validate/rules/ids.ts";
import { allBlocks, type ValidBlock, type ValidReport } from "../validate/validated.ts";
import { chartOf } from "./charts.ts";
import { headingOf } from "./headings.ts";
import { modelItems } from "./items.ts";
import { buildTable, tableSource } from "./table.ts";
import { AnchorRegistry } from "./slug.ts";
import { resolveImagePath } from "../shared/image-path.ts";
import type { BlockModel, OrganiserModel, PictureModel, ReportModel, ThemedItem, ThemeLink, TocEntry } from "./types.ts";

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
  /** How many figures and tables have been numbered so far, by kind. */
  numbered: Record<string, number>;
}

/** Block kinds that are numbered through a report, and the word before the number. */
const NUMBERED: Record<string, (ui: UiStrings) => string> = { figure: (ui) => ui.figure, table: (ui) => ui.table };

function numberLabel(block: Block, ctx: Context): string | undefined {
  const word = NUMBERED[block.kind];
  if (!word || ("number" in block && block.number === false)) return undefined;
  ctx.numbered[block.kind] = (ctx.numbered[block.kind] ?? 0) + 1;
  return `${word(ctx.ui)} ${ctx.numbered[block.kind]}`;
}

function picturesOf(valid: ValidBlock): PictureModel[] | undefined {
  const { block, doc } = valid;
  if (block.kind !== "figure") return undefined;
  const images = block.images ?? (block.src ? [{ src: block.src, alt: block.alt, decorative: block.decorative }] : []);
  return images.flatMap((i) => {
    const file = resolveImagePath(doc.file, i.src);
    return file ? [{ file, ...(i.alt && { alt: i.alt }), decorative: i.decorative === true }] : [];
  });
}

const sumOfRoles = (roles: Array<{ count: number }>) => roles.reduce((n, r) => n + r.count, 0);

function modelBlock(valid: ValidBlock, level: number, ctx: Context, section?: string): BlockModel {
  const { block } = valid;
  const { anchors } = ctx;
  const { heading, label } = headingOf(block, ctx.ui, ctx.lang);
  const anchor = anchors.claim(block.id, label ? plainText(label) : block.kind);
  const sublevel = heading ? level + 1 : level;
  const itemAnchors = block.kind === "questions" ? block.items.map((q) => anchors.claim(q.id, plainText(q.question))) : [];
  const total = block.kind === "participants" ? (block.total ?? sumOfRoles(block.roles)) : undefined;
  const chart = chartOf(block, { anchor, ui: ctx.ui, lang: ctx.lang, ...(ctx.participants !== undefined && { participants: ctx.participants }) });
  const grid = block.kind === "table" ? buildTable(block, tableSource(block, valid.doc, valid.csv), { anchor, lang: ctx.lang }) : undefined;
  /** The heading this block's items stand under: its own, or its section's. */
  const under = label ? tocText(label) : section;
  const items = modelItems(block, {
    anchors,
    anchor,
    itemAnchors,
    themeLink: ctx.themeLink,
    ...(under && { heading: under }),
    ...(section && { sectionHeading: section }),
  });
  ctx.themed.push(...items.themed);
  const label_ = numberLabel(block, ctx);
  const pictures = picturesOf(valid);
  const children = valid.children.map((c) => modelBlock(c, sublevel, ctx, under));
  return {
    ...block,
    ...(heading && { heading }),
    ...(label && { tocLabel: tocText(label) }),
    anchor,
    level,
    sublevel,
    children,
    itemAnchors,
    lists: items.lists,
    themeLinks: items.themeLinks,
    // Only a participants block gets a derived total (a table's `total: true` stays as written), which TypeScript cannot see.
    ...(total !== undefined && ({ total } as object)),
    ...(chart && { chart }),
    ...(grid && { grid }),
    from: valid.doc.file,
    ...(label_ && { numberLabel: label_ }),
    ...(pictures && { pictures }),
  };
}

/** Slide titles often end in a colon ("Resultater:"); a table of contents reads better without. */
const tocText = (markdown: string): string => plainText(markdown).replace(/\s*:\s*$/, "");

function tocOf(blocks: readonly BlockModel[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const b of blocks) {
    const questions: TocEntry[] =
      b.kind === "questions" ? b.items.map((q, i) => ({ anchor: b.itemAnchors[i]!, title: tocText(q.question), children: [] })) : [];
    const children = [...tocOf(b.children), ...questions];
    if (b.tocLabel) entries.push({ anchor: b.anchor, title: b.tocLabel, children });
    else entries.push(...children);
  }
  return entries;
}

const organiser = (o: OrganisationRef): OrganiserModel =>
  typeof o === "string" ? { name: o } : { name: o.name, ...(o.url && { url: o.url }), ...(o.logo && { logo: o.logo }) };

export function buildReport(report: ValidReport, siteName: string, themeLink: (id: string, lang: Lang) => ThemeLink): ReportModel {
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
    numbered: {},
  };
  const blocks = report.blocks.map((b) => modelBlock(b, 2, ctx));
  const toc = tocOf(blocks);
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
    publisher: (meta.organisers ?? []).map((o) => organiser(o).name).join(", ") || siteName,
    ui,
    blocks,
    toc,
    // One numbered chapter is enough: a «Sammendrag» or «Forord» before chapter 1 is not numbered either.
    numberedTitles: toc.some((e) => /^\d/.test(e.title)),
    ...(participants !== undefined && { participantTotal: participants }),
    questionCount: [...allBlocks(report.blocks)].reduce((n, { block }) => n + (block.kind === "questions" ? block.items.length : 0), 0),
    themedItems: ctx.themed,
    themes: [...new Set(ctx.themed.flatMap((i) => i.themes))].map((t) => themeLink(t, meta.lang)),
    related: [],
    anchors: ctx.anchors.taken,
    images: [...new Set([...allBlocks(report.blocks)].flatMap(({ doc }) => imageRefs(doc).flatMap((r) => (r.file ? [r.file] : []))))],
    source: meta,
  };
}
