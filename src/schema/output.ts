/**
 * The open-data files samling publishes: <report>/report.json and reports.json.
 * Built from the content schemas, so the published JSON Schema, the types and
 * what is written cannot drift apart.
 */
import * as z from "zod";
import { block, blockSchemas } from "./blocks/index.ts";
import { report } from "./report.ts";
import { solution } from "./solution.ts";
import { oldNamesOf } from "./deprecations.ts";

const pdf = z.strictObject({
  url: z.string().describe("Address of the report's PDF."),
  pages: z.number().int(),
  bytes: z.number().int(),
});

/** A block as published: its content, its anchor on the report page, its items' anchors, and a section's blocks. */
export type BlockOutput = z.infer<typeof block> & {
  anchor: string;
  anchors?: Record<string, string>;
  files?: FileOutput[];
  blocks?: BlockOutput[];
};

const fileOutput = z.strictObject({
  url: z.string().describe("Address of the image file (its largest version)."),
  width: z.number().int(),
  height: z.number().int(),
  alt: z.string().optional().describe("What the image shows."),
  decorative: z.boolean(),
});
type FileOutput = z.infer<typeof fileOutput>;

/**
 * Each block kind extended with what publishing adds. Extending (not intersecting) keeps
 * every kind closed to unknown keys and still accepts the added ones in JSON Schema.
 */
const published = {
  anchor: z.string().describe("The block's anchor: <report url>#<anchor>."),
  anchors: z
    .record(z.string(), z.string())
    .optional()
    .describe(
      "The anchor of each finding, proposal, measure, recurring answer and next step, by its JSON Pointer in the block (/items/0/answers/funn/1).",
    ),
  files: z.array(fileOutput).optional().describe("A figure's images as published, in order."),
  get blocks() {
    return z.array(blockOutput).optional().describe("A section's blocks.");
  },
};
/** A renamed key's old name beside its new one, while the format stays 1 (schema/deprecations.ts). */
function withOldNames<S extends (typeof blockSchemas)[number]>(schema: S): S {
  const kind = (schema.shape.kind as unknown as { value: string }).value;
  const shape = schema.shape as Record<string, z.ZodType>;
  const old = Object.fromEntries(
    oldNamesOf(kind).map(([name, now]) => [
      name,
      shape[now]!.meta({ deprecated: true, description: `The same as «${now}», under its name before samling 1.0.` }),
    ]),
  );
  return schema.extend(old) as unknown as S;
}

export const blockOutput = z.discriminatedUnion(
  "kind",
  blockSchemas.map((s) => withOldNames(s).extend(published)) as unknown as [
    (typeof blockSchemas)[number],
    ...Array<(typeof blockSchemas)[number]>,
  ],
) as unknown as z.ZodType<BlockOutput>;

/**
 * The version of the published JSON's format. It stays as it is while samling only adds to the JSON,
 * and goes up when something a reader of it relies on changes (a field renamed, moved or removed).
 */
export const OUTPUT_FORMAT = 1;

const format = z
  .literal(OUTPUT_FORMAT)
  .describe("The version of this JSON's format: it goes up only when something a reader relies on changes.");

const summary = {
  id: z.string(),
  url: z.string().describe("Address of the report's page."),
  json: z.string().describe("Address of this report's JSON."),
  pdf: pdf.optional(),
  themes: z
    .array(z.strictObject({ id: z.string(), name: z.string(), url: z.string() }))
    .describe(
      "The report's themes — every theme its items carry — named in the report's language, each with the address of its theme page.",
    ),
};

export const reportOutput = z
  .strictObject({
    format,
    ...summary,
    report: report.describe("What report.yaml says, validated."),
    blocks: z.array(blockOutput),
  })
  .describe("One report, as validated by samling.");

export const archiveOutput = z
  .strictObject({
    format,
    site: z.string(),
    reports: z.array(
      z.strictObject({
        ...summary,
        title: z.string(),
        date: z.string().optional(),
        organisers: z.array(z.string()),
        place: z.string().optional(),
        theme: z.string().optional(),
        summary: z.string().optional(),
        lang: z.string(),
      }),
    ),
  })
  .describe("Every published report, newest first.");

export const solutionsOutput = z
  .strictObject({
    format,
    site: z.string(),
    solutions: z.array(
      solution.extend({
        id: z.string().describe("The solution's id: its file's name."),
        url: z.string().describe("Address of the solution's page."),
        mentions: z
          .array(
            z.strictObject({
              url: z
                .string()
                .describe("Address of the item or block that tells of the solution: <report url>#<anchor>."),
              kind: z
                .string()
                .describe("What it is: finding, proposal, measure, recurring-answer, next-step or passage."),
              report: z.string().describe("The report's id."),
              date: z.string().optional().describe("The report's date."),
            }),
          )
          .describe("Every item and block of a published report that tells of the solution, newest report first."),
      }),
    ),
  })
  .describe("Every solution in the knowledge bank, by name.");

export const outputSchemas = {
  report: () => z.toJSONSchema(reportOutput, { io: "input", unrepresentable: "any" }),
  archive: () => z.toJSONSchema(archiveOutput, { io: "input", unrepresentable: "any" }),
  solutions: () => z.toJSONSchema(solutionsOutput, { io: "input", unrepresentable: "any" }),
};
