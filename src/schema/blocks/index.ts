/**
 * The block kinds. Adding one: write its schema here, a template
 * layouts/parts/blocks/<kind>.njk, and a test — nothing else changes.
 */
import * as z from "zod";
import { closing } from "./closing.ts";
import { figure } from "./figure.ts";
import { groupTask } from "./group-task.ts";
import { keyFigures } from "./key-figures.ts";
import { method } from "./method.ts";
import { nextSteps } from "./next-steps.ts";
import { participants } from "./participants.ts";
import { phases } from "./phases.ts";
import { poll } from "./poll.ts";
import { programme } from "./programme.ts";
import { questions } from "./questions.ts";
import { quote } from "./quote.ts";
import { recurringAnswers } from "./recurring-answers.ts";
import { references } from "./references.ts";
import { section } from "./section.ts";
import { table } from "./table.ts";
import { text } from "./text.ts";
import { workingGroup } from "./working-group.ts";
import { workshopMat } from "./workshop-mat.ts";

export const blockSchemas = [
  text,
  section,
  workingGroup,
  participants,
  method,
  programme,
  questions,
  recurringAnswers,
  poll,
  groupTask,
  workshopMat,
  keyFigures,
  quote,
  phases,
  nextSteps,
  closing,
  figure,
  table,
  references,
] as const;

export const block = z.discriminatedUnion("kind", blockSchemas);
export type Block = z.infer<typeof block>;
export type BlockKind = Block["kind"];

export const blockKinds: BlockKind[] = blockSchemas.map((s) => s.shape.kind.value);
