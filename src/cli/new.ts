/** `samling new "Tittel"`: creates the report folder and says what to do next. */
import { projectDir } from "../shared/project-dir.ts";
import { displayPath } from "../shared/display-path.ts";
import { newReport } from "../scaffold/new-report.ts";
import type { CliArgs } from "./args.ts";

export function runNew(args: CliArgs): number {
  const result = newReport({ title: args.title, date: args.date, shape: args.shape, contentDir: args.contentDir, projectDir });
  if (!result.ok) {
    const why = {
      date: `«${args.date}» er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, for eksempel --date 2025-05-20.`,
      title: "Tittelen er tom.",
      exists: `${displayPath(result.dir ?? "")} finnes fra før. Velg en annen tittel eller dato, eller rediger den som finnes.`,
    }[result.error];
    process.stderr.write(`samling: ${why}\n`);
    return 1;
  }
  const files = result.files.map((f) => `  ${displayPath(f)}`).join("\n");
  process.stdout.write(
    `Ny rapport (utkast) i ${displayPath(result.dir)}/:\n${files}\n\n` +
      `Neste steg:\n` +
      `  1. npm run serve, og åpne http://127.0.0.1:${args.port}/${result.id}/ — siden oppdateres når du lagrer.\n` +
      `  2. Fyll inn filene; kommentarene (#) forklarer feltene, docs/fields.md har alle.\n` +
      `  3. Sett «status: published» i report.yaml når rapporten er klar, og kjør npm run build.\n`,
  );
  return 0;
}
