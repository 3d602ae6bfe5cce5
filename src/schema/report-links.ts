/**
 * How a report points at others (report.yaml): `buildsOn` (the work it builds
 * on), `followUpOf` (the meeting it follows up), `seeAlso`. Each names reports
 * by id, or pages elsewhere by address and title; one or a list. Both ends show
 * the link: the other report names this one back.
 */
import * as z from "zod";
import { inline, reportId, url } from "./common.ts";

const target = z.union([
  reportId.describe(
    "Id-en (adressen) til en annen rapport på nettstedet, for eksempel 2024-10-25-agder-partnerskapsmote.",
  ),
  z
    .strictObject({
      title: inline.meta({ description: "Hva det er.", examples: ["Helsefellesskapets handlingsplan 2024–2027"] }),
      url,
    })
    .describe("En side et annet sted: tittel og adresse."),
]);

const targets = (description: string) =>
  z
    .union([target, z.array(target).min(1)])
    .optional()
    .describe(`${description} En rapport-id, en { title, url }, eller en liste av dem.`);

export const reportLinks = {
  buildsOn: targets("Det rapporten bygger på: en tidligere rapport, en oppgave eller utredning den legger fram."),
  followUpOf: targets("Møtet eller rapporten denne følger opp."),
  seeAlso: targets("Andre rapporter eller sider som hører med."),
};

export const REPORT_LINK_KINDS = ["buildsOn", "followUpOf", "seeAlso"] as const;
export type ReportLinkKind = (typeof REPORT_LINK_KINDS)[number];

type Target = z.infer<typeof target>;

/** A link field's targets in order, each with its path below the field (none for a single target). */
export function linkTargets(value: Target | Target[] | undefined): Array<{ target: Target; path: number[] }> {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map((t, i) => ({ target: t, path: [i] })) : [{ target: value, path: [] }];
}
