/**
 * `samling init <folder>`: a secretariat's own site, a folder of content that
 * depends on samling as a package. It writes content/ (site.yaml, themes.yaml,
 * an empty reports/ — or one report marked as an example — and losninger/),
 * assets/ for the site's logo and stylesheet, a package.json that pins samling
 * and allows the install scripts it needs, CI for GitHub and GitLab, editor
 * settings whose schemas are the installed package's, a .gitignore and a short
 * README in the site's language (the files of scaffold/site/). Everything is
 * written into a hidden folder beside the target and renamed into place, so a
 * failed init leaves nothing half-made; an existing folder with files in it is
 * never written into.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { schemaComment } from "../schema/editor-schemas.ts";
import type { Lang } from "../shared/i18n/index.ts";
import { slugify } from "../shared/slug.ts";
import { newReport, yamlString } from "./new-report.ts";
import { fillPlaceholders } from "./placeholders.ts";

const SITE_TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), "site");

/** npm pack drops dotfiles such as .gitignore: the template keeps them without the dot. */
const DOTTED = new Set(["gitignore", "github", "gitlab-ci.yml", "vscode"]);

/** The Node.js major version the CI files set up: the current LTS. */
const NODE_VERSION = "22";

/** Packages whose install scripts a site runs: esbuild's and sharp's place their binaries; the others only print. */
const ALLOW_SCRIPTS = { esbuild: true, sharp: true, "core-js": false, "es5-ext": false };

export interface InitOptions {
  folder: string;
  name: string;
  siteLang: Lang;
  url?: string;
  color?: string;
  /** Also write one report, marked as an example. */
  example?: boolean;
  /** How package.json names samling: a range ("^1.0.0": `npm update samling` takes later 1.x versions), or a tarball or git address until it is on the registry. */
  samlingSpec: string;
  /** The example report's date (YYYY-MM-DD). */
  today: string;
}

export type InitResult =
  | { ok: true; dir: string; files: string[]; example?: string }
  | { ok: false; error: "not-empty" | "url" | "color" | "name"; dir?: string };

const URL_SHAPE = /^https?:\/\/[^/\s]+/i;
const COLOR_SHAPE = /^#[0-9a-fA-F]{6}$/;

/** content/site.yaml: what the writer gave, the rest as commented lines to fill in later. */
function siteYaml(o: InitOptions, schemaLine: string): string {
  return [
    schemaLine,
    "# Innstillinger for nettstedet. Alle felt: node_modules/samling/docs/fields.md",
    `name: ${yamlString(o.name.trim())}`,
    o.url ? `url: ${o.url}` : "# url: https://rapporter.example.no/   # adressen nettstedet publiseres på",
    `lang: ${o.siteLang}`,
    "# logo: /assets/logo.svg   # en fil i assets/",
    ...(o.color ? ["colors:", `  primary: "${o.color}"`] : ["# colors:", '#   primary: "#1e4b7a"']),
    "# accessibilityStatement: https://uustatus.no/…   # tilgjengelighetserklæringen",
    "",
  ].join("\n");
}

function themesYaml(schemaLine: string): string {
  return [
    schemaLine,
    "# Temaene punkter i rapportene kan merkes med; hvert tema får en side som samler dem.",
    "themes: []",
    "# themes:",
    "#   - id: samarbeid",
    "#     name: { nb: Samarbeid, nn: Samarbeid, en: Collaboration }",
    "",
  ].join("\n");
}

const packageJson = (o: InitOptions): string =>
  `${JSON.stringify(
    {
      name: slugify(o.name, 50) || "rapporter",
      private: true,
      type: "module",
      scripts: {
        build: "samling build",
        check: "samling check",
        serve: "samling serve",
        new: "samling new",
        import: "samling import",
      },
      dependencies: { samling: o.samlingSpec },
      engines: { node: ">=20.19" },
      allowScripts: ALLOW_SCRIPTS,
    },
    null,
    2,
  )}\n`;

/** The template's files, their names in the site (dots put back, one README per language), and their text. */
function templateFiles(o: InitOptions): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const sources = readdirSync(SITE_TEMPLATE, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const source of sources) {
    const rel = relative(SITE_TEMPLATE, source);
    const parts = rel.split(sep);
    const lang = /\.(nb|nn|en)\.md$/.exec(rel)?.[1];
    if (lang && lang !== o.siteLang) continue;
    if (lang) parts[parts.length - 1] = basename(rel).replace(`.${lang}.md`, ".md");
    if (DOTTED.has(parts[0]!)) parts[0] = `.${parts[0]}`;
    const values: Record<string, string> = { name: o.name.trim(), siteLang: o.siteLang, nodeVersion: NODE_VERSION };
    out.push([parts.join("/"), fillPlaceholders(readFileSync(source, "utf8"), values)]);
  }
  return out;
}

export function initSite(o: InitOptions): InitResult {
  const dir = resolve(o.folder);
  if (!o.name.trim()) return { ok: false, error: "name" };
  if (o.url && !URL_SHAPE.test(o.url)) return { ok: false, error: "url" };
  if (o.color && !COLOR_SHAPE.test(o.color)) return { ok: false, error: "color" };
  if (existsSync(dir) && readdirSync(dir).length > 0) return { ok: false, error: "not-empty", dir };

  const fresh = join(dirname(dir), `.${basename(dir)}.init-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  // Schema lines point at the package the site will install, wherever init itself runs from.
  const installed = join(fresh, "node_modules", "samling");
  const schemaLine = (kind: "site" | "themes", file: string) =>
    schemaComment(kind, dirname(join(fresh, file)), installed);
  // Git keeps no empty folder: reports/ and losninger/ each get a note (samling reads no README in content/).
  const notes = Object.entries(FOLDER_NOTES[o.siteLang]).map(([folder, note]): [string, string] => [
    `content/${folder}/README.md`,
    `${note}\n`,
  ]);
  const files: Array<[string, string]> = [
    ["content/site.yaml", siteYaml(o, schemaLine("site", "content/site.yaml"))],
    ["content/themes.yaml", themesYaml(schemaLine("themes", "content/themes.yaml"))],
    ["package.json", packageJson(o)],
    ...notes,
    ...templateFiles(o),
  ];
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(fresh, path)), { recursive: true });
      writeFileSync(join(fresh, path), text);
    }
    const made = o.example
      ? newReport({
          title: EXAMPLE_TITLE[o.siteLang],
          date: o.today,
          shape: "partnership",
          contentDir: join(fresh, "content"),
          projectDir: installed,
        })
      : undefined;
    const written = readdirSync(fresh, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(fresh, join(e.parentPath, e.name)).split(sep).join("/"))
      .sort();
    mkdirSync(dirname(dir), { recursive: true });
    if (existsSync(dir)) rmSync(dir, { recursive: true }); // an empty folder the writer made for it
    renameSync(fresh, dir);
    return { ok: true, dir, files: written, ...(made?.ok && { example: made.id }) };
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
}

/** What content/reports/ and content/losninger/ are for, in the site's language. */
const FOLDER_NOTES: Record<Lang, Record<"reports" | "losninger", string>> = {
  nb: {
    reports:
      'Én mappe per rapport. `npm run new -- "Tittel" --date ÅÅÅÅ-MM-DD` lager en, `npm run import -- rapport.docx` henter en fra Word.',
    losninger: "Én fil per løsning i løsningsbanken: <id>.yaml. Feltene står i node_modules/samling/docs/fields.md.",
  },
  nn: {
    reports:
      'Éi mappe per rapport. `npm run new -- "Tittel" --date ÅÅÅÅ-MM-DD` lagar ein, `npm run import -- rapport.docx` hentar ein frå Word.',
    losninger: "Éi fil per løysing i løysingsbanken: <id>.yaml. Felta står i node_modules/samling/docs/fields.md.",
  },
  en: {
    reports:
      'One folder per report. `npm run new -- "Title" --date YYYY-MM-DD` makes one, `npm run import -- report.docx` brings one in from Word.',
    losninger:
      "One file per solution in the solution bank: <id>.yaml. The fields are in node_modules/samling/docs/fields.md.",
  },
};

/** The example report's title says it is one. */
const EXAMPLE_TITLE: Record<Lang, string> = {
  nb: "Eksempel: partnerskapsmøte",
  nn: "Døme: partnarskapsmøte",
  en: "Example: partnership meeting",
};
