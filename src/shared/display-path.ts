/**
 * How a file is named to a person: relative to the folder samling was started
 * in, with forward slashes on every system (content/reports/x/report.yaml),
 * as editors and CI annotations expect.
 */
import { relative, sep } from "node:path";

export const displayPath = (abs: string): string => relative(process.cwd(), abs).split(sep).join("/");
