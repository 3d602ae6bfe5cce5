/**
 * Links between reports, both ends: a report that says it builds on, follows up
 * or goes with another shows that link, and the other report shows it back
 * («Fulgt opp i», «Videreført i», «Vist til fra»). A link to a report that gets
 * no page in this build (a draft in production) is left out.
 */
import { REPORT_LINK_KINDS, linkTargets, type ReportLinkKind } from "../schema/report-links.ts";
import type { UiKey } from "../shared/i18n/index.ts";
import type { ReportModel } from "./types.ts";
import type { LinkedReport, LinkGroup } from "./types/links.ts";

const FORWARD: Record<ReportLinkKind, UiKey> = { buildsOn: "buildsOn", followUpOf: "followUpOf", seeAlso: "seeAlso" };
const BACK: Record<ReportLinkKind, UiKey> = {
  buildsOn: "builtOnBy",
  followUpOf: "followedUpBy",
  seeAlso: "seenAlsoFrom",
};

const asLinked = (r: ReportModel): LinkedReport => ({
  title: r.title,
  url: r.url,
  lang: r.lang,
  ...(r.date && { date: r.date }),
  ...(r.endDate && { endDate: r.endDate }),
});

/** `reports` in archive order; returns new models (kept ones may serve another build), each with its link groups. */
export function linkReports(reports: readonly ReportModel[]): ReportModel[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const back = new Map<string, Map<ReportLinkKind, ReportModel[]>>();
  const forward = reports.map((r) => {
    const groups: LinkGroup[] = [];
    for (const kind of REPORT_LINK_KINDS) {
      const links: LinkedReport[] = [];
      for (const { target } of linkTargets(r.source[kind])) {
        if (typeof target !== "string") links.push({ title: target.title, url: target.url });
        else {
          const other = byId.get(target);
          if (!other) continue;
          links.push(asLinked(other));
          const theirs = back.get(other.id) ?? back.set(other.id, new Map()).get(other.id)!;
          const list = theirs.get(kind) ?? theirs.set(kind, []).get(kind)!;
          if (!list.includes(r)) list.push(r);
        }
      }
      if (links.length) groups.push({ label: FORWARD[kind], links });
    }
    return groups;
  });
  return reports.map((r, i) => {
    const theirs = back.get(r.id);
    const backGroups = REPORT_LINK_KINDS.flatMap((kind) => {
      const list = theirs?.get(kind);
      return list?.length ? [{ label: BACK[kind], links: list.map(asLinked) }] : [];
    });
    const links = [...forward[i]!, ...backGroups];
    return links.length || r.links.length ? { ...r, links } : r;
  });
}
