/**
 * The knowledge bank's solutions: a page per solution that lists every item
 * and block in every report that tells of it (newest first, linked to the exact
 * anchor), static filter pages by status, theme, sector and region, the items'
 * links back, the theme pages, the open data with its JSON Schema, and the feed.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto } from "../helpers/build.ts";
import { ids, read } from "../helpers/html.ts";

let out: string;
beforeAll(async () => {
  out = await buildInto("tests/fixtures/languages/content");
});

const mentionLinks = (page: string): string[] =>
  [
    ...(/<section aria-labelledby="omtalt"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "").matchAll(
      /<a class="theme-item__link" href="([^"]+)"/g,
    ),
  ].map((m) => m[1]!);

describe("a solution's page", () => {
  const page = () => read(out, "losninger/felles-vikarpool/index.html");

  it("lists its mentions across reports in different languages, newest report first, each linked to the exact item", () => {
    expect(mentionLinks(page())).toEqual(["/2024-11-05-bokmal/#bemanning-1", "/2024-10-24-nynorsk/#vegen-vidare-2"]);
    for (const link of mentionLinks(page())) {
      const [path, anchor] = link.split("#");
      expect(ids(read(out, `${path!.slice(1)}index.html`))).toContain(anchor);
    }
    // The nynorsk item's words are marked as nynorsk; the kind of item is in the page's language.
    expect(page()).toContain(
      '<a class="theme-item__link" href="/2024-10-24-nynorsk/#vegen-vidare-2" lang="nn">Utvide vikarpoolen til fleire kommunar</a>',
    );
    expect(page()).toContain('Neste steg · <span lang="nn">Vegen vidare</span>');
  });

  it("shows what the file says: status, owners, where, sectors, effect with figures and source, adopters by year, contact with consent, read more", () => {
    const html = page();
    for (const part of [
      '<h1 class="page__title">Felles vikarpool for kommunene og sykehuset</h1>',
      '<dt>Status</dt><dd><a href="/losninger/status/i-drift/">I drift</a></dd>',
      '<a href="https://www.vestlandfylke.no/">Vestland fylkeskommune</a>',
      '<a href="/losninger/region/vestland/">Vestland</a>',
      "<dd>Førde, Sunnfjord</dd>",
      '<a href="/losninger/sektor/spesialisthelsetjenesten/">spesialisthelsetjenesten</a>',
      '<span class="solution__figure-value">1\u00a0200</span>',
      '<a href="https://example.org/evaluering.pdf">Evaluering 2024</a>',
      "Kari Nordmann, prosjektleder (kari@example.org)",
      '<a href="https://example.org/vikarpool">Om vikarpoolen</a>',
    ])
      expect(html).toContain(part);
    // Adopters in the order they took it up.
    expect(
      [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>(\d+)<\/td>/g)].map((m) => `${m[1]} ${m[2]}`),
    ).toEqual(["Bergen 2024", "Agder 2025"]);
  });
});

describe("items that tell of a solution", () => {
  it("link to it, named in the report's language", () => {
    expect(read(out, "2024-10-24-nynorsk/index.html")).toContain(
      '<a class="solution-tag" href="/losninger/felles-vikarpool/">Løysing: Felles vikarpool for kommunene og sykehuset</a>',
    );
    expect(read(out, "2024-10-01-english/index.html")).toContain(
      '<a class="solution-tag" href="/losninger/digitalt-tilsyn/">Solution: Digitalt tilsyn om natten</a>',
    );
  });
});

describe("the solutions' index", () => {
  const names = (page: string) =>
    [...page.matchAll(/<h2 class="solution-card__name"><a href="([^"]+)"/g)].map((m) => m[1]);

  it("lists every solution by name, with static filter pages by status, theme, sector and region", () => {
    const index = read(out, "losninger/index.html");
    expect(names(index)).toEqual(["/losninger/digitalt-tilsyn/", "/losninger/felles-vikarpool/"]);
    for (const url of [
      "/losninger/status/utproving/",
      "/losninger/status/i-drift/",
      "/losninger/tema/rekruttering/",
      "/losninger/sektor/helse-og-omsorg/",
      "/losninger/region/vestland/",
    ])
      expect(index).toContain(`href="${url}"`);
    expect(names(read(out, "losninger/status/i-drift/index.html"))).toEqual(["/losninger/felles-vikarpool/"]);
    expect(names(read(out, "losninger/tema/kvalitet/index.html"))).toEqual(["/losninger/digitalt-tilsyn/"]);
    expect(names(read(out, "losninger/sektor/helse-og-omsorg/index.html"))).toEqual([
      "/losninger/digitalt-tilsyn/",
      "/losninger/felles-vikarpool/",
    ]);
    // Statuses in the order a solution moves through them, not alphabetical.
    expect(index.indexOf('href="/losninger/status/utproving/"')).toBeLessThan(
      index.indexOf('href="/losninger/status/i-drift/"'),
    );
    expect(read(out, "losninger/status/i-drift/index.html")).toContain(
      'href="/losninger/status/i-drift/" aria-current="page"',
    );
  });

  it("folds its filters in a <details>, so a phone shows the first solution right away without JavaScript", () => {
    expect(read(out, "losninger/index.html")).toMatch(
      /<details class="archive-filters solution-filters">\s*<summary class="archive-filters__title">Finn løsninger<\/summary>/,
    );
    expect(read(out, "index.html")).toMatch(
      /<details class="archive-filters">\s*<summary class="archive-filters__title">Finn rapporter<\/summary>/,
    );
  });
});

describe("theme pages", () => {
  it("name the solutions with the theme", () => {
    expect(read(out, "tema/rekruttering/index.html")).toContain(
      '<li><a href="/losninger/felles-vikarpool/">Felles vikarpool for kommunene og sykehuset</a></li>',
    );
  });
});

describe("open data and the feed", () => {
  it("publish the solutions as JSON that passes its published JSON Schema, with each mention's address", () => {
    const data = JSON.parse(read(out, "losninger.json")) as {
      solutions: Array<{ id: string; status: string; mentions: Array<{ url: string }> }>;
    };
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(read(out, "schema/solutions.schema.json")) as object);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data.solutions.map((s) => [s.id, s.status, s.mentions.map((m) => m.url)])).toEqual([
      ["digitalt-tilsyn", "utprøving", ["/2024-11-05-bokmal/#bemanning-2", "/2024-10-01-english/#next-steps-2"]],
      ["felles-vikarpool", "i drift", ["/2024-11-05-bokmal/#bemanning-1", "/2024-10-24-nynorsk/#vegen-vidare-2"]],
    ]);
  });

  it("put a new solution in the Atom feed on the day it was added, among the reports by date", () => {
    const titles = [
      ...read(out, "feed.xml").matchAll(
        /<entry[^>]*>\s*<title>([^<]+)<\/title>\s*<id>([^<]+)<\/id>[\s\S]*?<updated>([^<]+)<\/updated>/g,
      ),
    ].map((m) => `${m[3]!.slice(0, 10)} ${m[1]}`);
    expect(titles).toEqual([
      "2024-11-05 Samling på bokmål om vikarer",
      "2024-11-05 Felles vikarpool for kommunene og sykehuset",
      "2024-10-24 Samling på nynorsk",
      "2024-10-01 A gathering in English",
    ]);
  });

  it("list every solution's page in the sitemap", () => {
    expect(read(out, "sitemap.xml")).toContain(
      "<loc>http://localhost/losninger/felles-vikarpool/</loc><lastmod>2024-11-05</lastmod>",
    );
  });
});

describe("a report's links to other reports", () => {
  it("name them at both ends, in the report's language, with the linked report's language marked", () => {
    const nynorsk = read(out, "2024-10-24-nynorsk/index.html");
    expect(nynorsk).toMatch(
      /<nav class="report-links" aria-labelledby="henger-sammen">\s*<h2 class="report-links__title" id="henger-sammen">Rapportar som heng saman<\/h2>/,
    );
    expect(nynorsk).toContain(
      '<dt>Oppfølging av</dt>\n<dd lang="en"><a href="/2024-10-01-english/">A gathering in English</a> · <time datetime="2024-10-01">1 October 2024</time></dd>',
    );
    expect(nynorsk).toContain(
      '<dt>Vidareført i</dt>\n<dd lang="nb"><a href="/2024-11-05-bokmal/">Samling på bokmål om vikarer</a>',
    );
    expect(read(out, "2024-11-05-bokmal/index.html")).toContain(
      '<dd><a href="https://example.org/bemanningsplan">Bemanningsplanen 2024</a></dd>',
    );
  });
});
