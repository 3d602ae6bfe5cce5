/** `npm run docs`: writes the generated files in docs/. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { projectDir } from "../shared/project-dir.ts";
import { generatedDocs } from "./generate.ts";

for (const [file, text] of generatedDocs(projectDir)) {
  mkdirSync(dirname(join(projectDir, file)), { recursive: true });
  writeFileSync(join(projectDir, file), text);
  process.stdout.write(`${file}\n`);
}
