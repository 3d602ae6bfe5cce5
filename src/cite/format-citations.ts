/**
 * Citations and reference lists in a citation style, through citeproc-js (via
 * Citation.js) with the vendored CSL style and locales (csl/). One engine per
 * report: it sees every work the report cites before any citation is made, so
 * «2013a» and «2013b» are told apart the same way throughout.
 */
import { readFileSync } from "node:fs";
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import type { CslItem } from "../load/bibliography.ts";
import type { CitedItem } from "../shared/citation-syntax.ts";
import type { Lang } from "../shared/i18n/index.ts";

const LOCALES: Record<Lang, string> = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };
/** The style every report uses: APA 7, with Norwegian terms in nb and nn. */
const STYLE = "samling-apa";

const csl = plugins.config.get("@csl");
const vendored = (name: string) => readFileSync(new URL(`./csl/${name}`, import.meta.url), "utf8");

function registerOnce(): void {
  if (csl.templates.has(STYLE)) return;
  csl.templates.add(STYLE, vendored("apa.xml"));
  for (const locale of Object.values(LOCALES)) csl.locales.add(locale, vendored(`locales-${locale}.xml`));
}

/** Genres BibTeX types leave in an item that would otherwise be printed as written («mathesis»). */
const GENRES: Record<string, Record<Lang, string>> = {
  mathesis: { nb: "Masteroppgave", nn: "Masteroppgåve", en: "Master's thesis" },
  "master's thesis": { nb: "Masteroppgave", nn: "Masteroppgåve", en: "Master's thesis" },
  phdthesis: { nb: "Doktorgradsavhandling", nn: "Doktorgradsavhandling", en: "Doctoral dissertation" },
  "phd thesis": { nb: "Doktorgradsavhandling", nn: "Doktorgradsavhandling", en: "Doctoral dissertation" },
  techreport: { nb: "Rapport", nn: "Rapport", en: "Report" },
};

function localised(item: CslItem, lang: Lang): CslItem {
  const genre = typeof item.genre === "string" ? GENRES[item.genre.toLowerCase()] : undefined;
  return genre ? { ...item, genre: genre[lang] } : item;
}

export interface FormattedCitations {
  /** A citation as written («[@a, s. 12]») → its HTML in the style. */
  citations: Map<string, string>;
  /** The reference list, in the style's order: each work's key and its entry as HTML. */
  entries: Array<{ key: string; html: string }>;
}

export interface Citation {
  source: string;
  items: CitedItem[];
}

const citationItem = (c: CitedItem): Record<string, unknown> => ({
  id: c.key,
  ...(c.prefix && { prefix: `${c.prefix} ` }),
  ...(c.locator && { locator: c.locator, label: c.label ?? "page" }),
  ...(c.suffix && { suffix: `, ${c.suffix}` }),
  ...(c.suppressAuthor && { "suppress-author": true }),
});

/**
 * Formats a report's citations (in document order) and its reference list: the works it cites, or
 * every work in its bibliography (`all`). Citations of keys the bibliography lacks are left out; the
 * checks have reported them.
 */
export function formatCitations(
  library: ReadonlyMap<string, CslItem>,
  citations: readonly Citation[],
  lang: Lang,
  all = false,
): FormattedCitations {
  registerOnce();
  const known = citations.filter((c) => c.items.every((i) => library.has(i.key)));
  const cited = [...new Set(known.flatMap((c) => c.items.map((i) => i.key)))];
  const listed = all ? [...new Set([...cited, ...library.keys()])] : cited;
  const out: FormattedCitations = { citations: new Map(), entries: [] };
  if (listed.length === 0) return out;
  const engine = csl.engine(
    listed.map((k) => localised(library.get(k)!, lang)),
    STYLE,
    LOCALES[lang],
    "html",
  );
  // DOIs and addresses in the list become links.
  engine.opt.development_extensions.wrap_url_and_doi = true;
  engine.updateItems(listed);
  for (const c of known)
    if (!out.citations.has(c.source))
      out.citations.set(c.source, engine.makeCitationCluster(c.items.map(citationItem)));
  const bibliography = engine.makeBibliography();
  if (bibliography) {
    const [meta, html] = bibliography;
    // Each entry comes wrapped in <div class="csl-entry">; the template puts it in a list item.
    out.entries = html.map((entry, i) => ({
      key: meta.entry_ids[i]![0]!,
      html: entry
        .trim()
        .replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, "$1")
        .trim(),
    }));
  }
  return out;
}
