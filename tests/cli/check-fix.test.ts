/**
 * One deprecation end to end, as a site meets it after `npm update samling`:
 * the old key still builds, with its value on the page; `check` warns, naming
 * the new key, and `--strict` leaves that a warning; `check --fix` renames the
 * key in the file and changes nothing else — comments, quotes, order, CRLF
 * line ends and the BOM stay — and the next check is clean.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const root = mkdtempSync(join(tmpdir(), "samling-fix-"));
const content = join(root, "content");
const task = join(content, "reports", "2025-03-04-mote", "01-oppgave.yaml");

/** A Windows editor's file: BOM, CRLF, comments, a quoted key. */
const before = [
  "\uFEFF# Oppgave 1 fra møtet",
  "kind: group-task",
  "title: Gruppeoppgave",
  "question: Hva bør vi gjøre først?",
  "'proposalsTitle': Forslag fra bordene # som på lysarket",
  "proposals:",
  "  - text: Felles kalender",
  "",
  "# Tiltakene ble prioritert etter møtet",
  "measuresTitle: Dette gjør vi nå",
  "measures:",
  "  - text: Kalenderen er oppe i april",
  "",
].join("\r\n");

mkdirSync(join(content, "reports", "2025-03-04-mote"), { recursive: true });
writeFileSync(join(content, "site.yaml"), "name: Helsefellesskapet\n");
writeFileSync(
  join(content, "reports", "2025-03-04-mote", "report.yaml"),
  "title: Partnerskapsmøte\ndate: 2025-03-04\nstatus: published\nsummary: Hva vi ble enige om.\n",
);
writeFileSync(task, before);

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["bin/samling.mjs", ...args, "--content", content], {
    encoding: "utf8",
    env: { ...process.env, SAMLING_CACHE: join(root, "cache"), SAMLING_SITE: root },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const shown = (file: string) => relative(process.cwd(), file).split(sep).join("/");

describe("a renamed key, from warning to fix", () => {
  it("still builds, its heading on the page", () => {
    const r = run("build", "--no-pdf", "--out", join(root, "site"));
    expect(r.code).toBe(0);
    const page = readFileSync(join(root, "site", "2025-03-04-mote", "index.html"), "utf8");
    expect(page).toContain(">Forslag fra bordene</h");
    expect(page).toContain(">Dette gjør vi nå</h");
  });

  it("is a warning naming the new key, at the old one, also with --strict", () => {
    const r = run("check", "--strict");
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${shown(task)}:5:2  advarsel  «proposalsTitle» heter nå «proposalsHeading»`);
    expect(r.err).toContain(`${shown(task)}:10:1  advarsel  «measuresTitle» heter nå «measuresHeading»`);
    expect(r.err).toContain("Kjør «npm run check -- --fix»");
    expect(r.err).toContain("0 feil, 2 advarsler i 1 fil");
  });

  it("is renamed by check --fix, and nothing else in the file changes", () => {
    const r = run("check", "--fix");
    expect(r.code).toBe(0);
    expect(r.err).toContain("samling: endret 2 felt i 1 fil (se git diff):");
    expect(r.err).toContain(`  ${shown(task)}:5:2  proposalsTitle → proposalsHeading`);
    expect(r.err).toContain(`  ${shown(task)}:10:1  measuresTitle → measuresHeading`);
    expect(readFileSync(task, "utf8")).toBe(
      before.replace("'proposalsTitle':", "'proposalsHeading':").replace("\r\nmeasuresTitle:", "\r\nmeasuresHeading:"),
    );
    expect(r.err).toMatch(/1 rapport, 0 løsninger, \d+ filer: ingen feil\n$/);
  });

  it("after the fix, a site's own copy of the old template, and the published JSON, still find the old name", () => {
    // layouts/parts/blocks/group-task.njk as a site copied it from samling 0.1, before the rename.
    mkdirSync(join(root, "layouts", "parts", "blocks"), { recursive: true });
    writeFileSync(
      join(root, "layouts", "parts", "blocks", "group-task.njk"),
      "<h3>Vår mal: {{ block.proposalsTitle or ui.proposals }}</h3><h3>Vår mal: {{ block.measuresTitle or ui.measures }}</h3>\n",
    );
    const r = run("build", "--no-pdf", "--out", join(root, "site"));
    expect(r.code).toBe(0);
    const page = readFileSync(join(root, "site", "2025-03-04-mote", "index.html"), "utf8");
    expect(page).toContain("<h3>Vår mal: Forslag fra bordene</h3><h3>Vår mal: Dette gjør vi nå</h3>");
    const json = JSON.parse(readFileSync(join(root, "site", "2025-03-04-mote", "report.json"), "utf8"));
    expect(json.format).toBe(1);
    expect(json.blocks[0]).toMatchObject({
      proposalsHeading: "Forslag fra bordene",
      proposalsTitle: "Forslag fra bordene",
      measuresHeading: "Dette gjør vi nå",
      measuresTitle: "Dette gjør vi nå",
    });
  });

  it("leaves nothing to fix the next time", () => {
    const r = run("check", "--fix");
    expect(r.err).toContain("samling: ingenting å endre: ingen gamle feltnavn.");
    expect(r.err).not.toContain("advarsel");
  });
});

describe("check --fix with nothing it may change itself", () => {
  it("says the old names left must be corrected by hand, not that there are none", () => {
    const dir = mkdtempSync(join(tmpdir(), "samling-fix-conflict-"));
    const folder = join(dir, "content", "reports", "2025-03-04-mote");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(dir, "content", "site.yaml"), "name: Helsefellesskapet\n");
    writeFileSync(join(folder, "report.yaml"), "title: Møte\nstatus: draft\n");
    const both = "kind: group-task\nquestion: Hva nå?\nmeasuresTitle: Tiltak\nmeasuresHeading: Tiltakene\n";
    writeFileSync(join(folder, "01-oppgave.yaml"), both);
    const r = spawnSync(process.execPath, ["bin/samling.mjs", "check", "--fix", "--content", join(dir, "content")], {
      encoding: "utf8",
      env: { ...process.env, SAMLING_SITE: dir },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("samling: ingenting ble endret: de gamle feltnavnene under må rettes for hånd.");
    expect(r.stderr).toContain("både «measuresTitle» og «measuresHeading»");
    expect(readFileSync(join(folder, "01-oppgave.yaml"), "utf8")).toBe(both);
  });
});
