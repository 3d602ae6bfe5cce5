/**
 * The open-data files samling publishes: <report>/report.json and reports.json.
 * Built from the content schemas, so the published JSON Schema, the types and
 * what is written cannot drift apart.
 */
import * as z from "zod";
import { block } from "./blocks/index.ts";
import { report } from "./report.ts";

const pdf = z.strictObject({
  url: z.string().describe("Address of the report's PDF."),
  pages: z.number().int(),
  bytes: z.number().int(),
});

/** A block as published: its content, its anchor on the report page, and a section's blocks. */
export type BlockOutput = z.infer<typeof block> & { anchor: string; blocks?: BlockOutput[] };
export const blockOutput: z.ZodType<BlockOutput> = z.lazy(() =>
  z.intersection(block, z.object({ anchor: z.string().describe("The block's anchor: <report url>#<anchor>."), blocks: z.array(blockOutput).optional() })),
);

const summary = {
  id: z.string(),
  url: z.string().describe("Address of the report's page."),
  json: z.string().describe("Address of this report's JSON."),
  pdf: pdf.optional(),
};

export const reportOutput = z
  .strictObject({ ...summary, report: report.describe("What report.yaml says, validated."), blocks: z.array(blockOutput) })
  .describe("One report, as validated by samling.");

export const archiveOutput = z
  .strictObject({
    site: z.string(),
    reports: z.array(z.strictObject({ ...summary, title: z.string(), date: z.string().optional(), organisers: z.array(z.string()), place: z.string().optional(), theme: z.string().optional(), summary: z.string().optional(), lang: z.string() })),
  })
  .describe("Every published report, newest first.");

export const outputSchemas = {
  report: () => z.toJSONSchema(reportOutput, { io: "input", unrepresentable: "any" }),
  archive: () => z.toJSONSchema(archiveOutput, { io: "input", unrepresentable: "any" }),
};
