/**
 * Model stage for one report: gives every titled block and question an
 * anchor, sets heading levels so they never skip, builds the table of
 * contents, and derives totals. No HTML is made here.
 */
import { plainText } from "../render/markdown.ts";
import { uiStrings } from "../render/i18n/index.ts";
import type { OrganisationRef } from "../schema/common.ts";
import { reportId } from "../validate/rules/ids.ts";
import { allBlocks, type ValidBlock, type ValidReport } from "../validate/validated.ts";
import { AnchorRegistry } from "./slug.ts";
import type { BlockModel, OrganiserModel, ReportModel, TocEntry } from "./types.ts";

/** Anchors used by the page itself, which blocks must not take. */
const PAGE_ANCHORS = ["main", "innhold", "toc", "top"];

function explicitIds(blocks: readonly ValidBlock[]): string[] {
  const ids: string[] = [];
  for (const { block } of allBlocks(blocks)) {
    if (block.id) ids.push(block.id);
    if (block.kind === "questions") for (const q of block.items) if (q.id) ids.push(q.id);
  }
  return ids;
}

function modelBlock(valid: ValidBlock, level: number, anchors: AnchorRegistry): BlockModel {
  const { block } = valid;
  const anchor = anchors.claim(block.id, block.title ? plainText(block.title) : block.kind);
  const sublevel = block.title ? level + 1 : level;
  const itemAnchors = block.kind === "questions" ? block.items.map((q) => anchors.claim(q.id, plainText(q.question))) : [];
  const total = block.kind === "participants" ? (block.total ?? block.roles.reduce((n, r) => n + r.count, 0)) : undefined;
  const children = valid.children.map((c) => modelBlock(c, sublevel, anchors));
  return { ...block, anchor, level, sublevel, children, itemAnchors, ...(total !== undefined && { total }) };
}

function tocOf(blocks: readonly BlockModel[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const b of blocks) {
    const questions: TocEntry[] =
      b.kind === "questions" ? b.items.map((q, i) => ({ anchor: b.itemAnchors[i]!, title: plainText(q.question), children: [] })) : [];
    const children = [...tocOf(b.children), ...questions];
    if (b.title) entries.push({ anchor: b.anchor, title: plainText(b.title), children });
    else entries.push(...children);
  }
  return entries;
}

const organiser = (o: OrganisationRef): OrganiserModel =>
  typeof o === "string" ? { name: o } : { name: o.name, ...(o.url && { url: o.url }), ...(o.logo && { logo: o.logo }) };

export function buildReport(report: ValidReport): ReportModel {
  const { meta } = report;
  const id = reportId(report);
  const anchors = new AnchorRegistry([...PAGE_ANCHORS, ...explicitIds(report.blocks)]);
  const blocks = report.blocks.map((b) => modelBlock(b, 2, anchors));
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
    ui: uiStrings(meta.lang, meta.labels),
    blocks,
    toc: tocOf(blocks),
  };
}
