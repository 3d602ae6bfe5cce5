/**
 * A site of its own: samling run in a secretariat's folder reads its own
 * templates and styles from samling's package and the site's content, assets
 * and overrides from the site — a cover of the site's own in layouts/ shows in
 * the PDF, its logo on every page and in print, its stylesheet after samling's
 * — and keeps its caches in the site's .cache/, never in samling's folder.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findBrowser } from "../../src/print/find-browser.ts";

const samling = resolve("bin/samling.mjs");
const site = mkdtempSync(join(tmpdir(), "samling-site-"));
const report = "2025-03-12-dialogmote-om-rehabilitering";
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#1e4b7a"/></svg>';

function writeSite(): void {
  mkdirSync(join(site, "content", "reports", report), { recursive: true });
  writeFileSync(
    join(site, "content", "site.yaml"),
    "name: Helsefellesskapet Vestfold\nlang: nb\nlogo: /assets/logo.svg\n",
  );
  writeFileSync(
    join(site, "content", "reports", report, "report.yaml"),
    [
      "title: Dialogmøte om rehabilitering",
      "date: 2025-03-12",
      "place: Tønsberg",
      "organisers: [Helsefellesskapet Vestfold]",
      "status: published",
      "summary: Kommunene og sykehuset gikk gjennom ventetidene for rehabilitering etter utskrivning.",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(site, "content", "reports", report, "01-innledning.md"),
    "---\ntitle: Innledning\n---\nVentetiden for rehabilitering etter utskrivning var tema for møtet.\n",
  );
  mkdirSync(join(site, "assets"), { recursive: true });
  writeFileSync(join(site, "assets", "logo.svg"), LOGO);
  writeFileSync(join(site, "assets", "site.css"), ".site-header { border-bottom: 4px solid #c8102e; }\n");
  writeFileSync(join(site, "assets", "README.md"), "Egne filer.\n");
  // The site's own cover: samling's, with a line of its own.
  const cover = readFileSync("layouts/parts/print/cover.njk", "utf8");
  mkdirSync(join(site, "layouts", "parts", "print"), { recursive: true });
  writeFileSync(
    join(site, "layouts", "parts", "print", "cover.njk"),
    cover.replace("</section>", '<p class="cover__own">Utgitt av sekretariatet i Vestfold</p>\n</section>'),
  );
}

/** samling as the site runs it: from its folder, with no cache folders named from outside. */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("SAMLING_")));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [samling, ...args], { cwd: site, encoding: "utf8", env });
const pdfText = (file: string) => spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;

beforeAll(() => {
  writeSite();
  const built = run("build", ...(findBrowser() ? [] : ["--no-pdf"]));
  expect(built.status, built.stderr + built.stdout).toBe(0);
});

describe("a site in a folder of its own", () => {
  const out = join(site, "_site");

  it("publishes the site's logo and shows it on its pages", () => {
    expect(readFileSync(join(out, "assets", "logo.svg"), "utf8")).toBe(LOGO);
    expect(readFileSync(join(out, report, "index.html"), "utf8")).toContain(
      'class="site-header__logo" src="/assets/logo.svg"',
    );
    expect(existsSync(join(out, "assets", "README.md"))).toBe(false);
    expect(existsSync(join(out, "assets", "site.css"))).toBe(false);
  });

  it("loads the site's stylesheet after samling's", () => {
    const css = readFileSync(join(out, "assets", "css", "samling.css"), "utf8");
    expect(css.trimEnd().endsWith(".site-header { border-bottom: 4px solid #c8102e; }")).toBe(true);
    expect(css.indexOf("/* site: assets/site.css */")).toBeGreaterThan(css.indexOf("/* assets/css/base.css */"));
  });

  it.runIf(findBrowser())("prints the site's own cover", () => {
    const text = pdfText(join(out, report, `${report}.pdf`));
    expect(text).toContain("Utgitt av sekretariatet i Vestfold");
    expect(text).toContain("Dialogmøte om rehabilitering");
  });

  it("keeps its caches in its own folder", () => {
    expect(existsSync(join(site, ".cache", "samling", "parse"))).toBe(true);
    expect(existsSync(join(site, ".cache", "samling", "layouts"))).toBe(true);
  });
});
