/** The command line's own messages in bokmål. Tests compare these strings exactly: change them with care. */
import { formatCount, formatFileSize } from "../format.ts";
import type { CliMessages } from "./types.ts";

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const nb: CliMessages = {
  usage: `Bruk: samling <kommando> [valg]

Kommandoer:
  init MAPPE     lag et nytt nettsted: innhold, CI og innstillinger, med samling som avhengighet
  new "Tittel"   lag en ny rapport (utkast) med eksempelfiler å fylle ut
  import FIL.docx
                 gjør et Word-dokument om til en ny rapport (utkast), med kapitler,
                 lister, tabeller, bilder og fotnoter, og si hva som må sjekkes
  build          kontroller innholdet og bygg nettstedet til _site/
  check          bare kontroller innholdet; bygger ingenting
  check --fix    gi gamle feltnavn sine nye navn i filene (kommentarer og rekkefølge står)
  serve          forhåndsvisning: bygg, start en lokal server, last siden på nytt ved endringer

Valg:
  --content <mappe>   innholdsmappen (standard: content)
  --out <mappe>       hvor build skriver nettstedet (standard: _site); serve skriver aldri dit
  --lang nb|en        språk for meldinger (standard: nb)
  --port <nummer>     port for serve (standard: 8080)
  --host <navn>       et navn til serve svarer på, utover 127.0.0.1 og localhost (kan gjentas)
  --no-pdf            bygg bare nettsidene, ingen PDF
  --no-cache          bygg alt på nytt uten mellomlageret i .cache/ (om du tviler på det)
  --drafts            ta med utkast, merket UTKAST (alltid med i serve)
  --strict            advarsler (for eksempel personopplysninger) teller som feil
  --format <f>        text (standard), json eller github (merknader i GitHub Actions)
  --date ÅÅÅÅ-MM-DD   datoen for new og import (standard: i dag; import: dokumentets)
  --title "Tittel"    tittelen for import (standard: dokumentets)
  --shape <form>      for new: conference (konferanse), partnership (partnerskapsmøte)
                      eller visit (besøk/program); standard: conference
  --name "Navn"       for init: nettstedets navn (organisasjonen)
  --site-lang nb|nn|en  for init: nettstedets språk (standard: nb)
  --url <adresse>     for init: adressen nettstedet publiseres på
  --color #RRGGBB     for init: hovedfargen
  --example           for init: ta med en eksempelrapport (utkast)
  --samling <spec>    for init: hvordan package.json henter samling (versjon, tarball eller git-adresse)
  -v, --version       vis hvilken versjon av samling dette er
  -h, --help          vis denne hjelpen
`,

  args: {
    unknownCommand: (command) => `ukjent kommando «${command}»`,
    importNeedsFile: "import trenger et Word-dokument: samling import rapport.docx",
    langValues: "--lang må være nb eller en",
    formatValues: "--format må være text, json eller github",
    shapeValues: (shapes) => `--shape må være ${shapes.join(", ")}`,
    newNeedsTitle: `new trenger en tittel: samling new "Tittel på rapporten"`,
    initNeedsFolder: "init trenger en mappe: samling init mitt-nettsted",
    initNeedsName: `init trenger et navn: samling init mitt-nettsted --name "Helsefellesskapet"`,
    siteLangValues: "--site-lang må være nb, nn eller en",
  },

  build: {
    noBrowser:
      "samling: fant ingen Chromium, Chrome eller Edge å lage PDF med. Installer Chromium (Debian/Ubuntu: sudo apt-get install chromium), pek på en med CHROME_PATH=…, eller bygg uten PDF med --no-pdf.",
    nothingWritten: "Ingenting ble skrevet.",
    done: (b) => {
      const pdfs = b.pdfs ? `, ${b.pdfs.count} PDF (${b.pdfs.printed} skrevet ut)` : "";
      return `${formatCount(b.reports, "rapport", "rapporter", "nb")}, ${formatCount(b.pages, "side", "sider", "nb")}${pdfs} → ${b.outDir}/ (${b.seconds} s)`;
    },
    locked: (outDir, pid) =>
      `en annen bygging (prosess ${pid}) skriver allerede til ${outDir}/. Vent til den er ferdig, eller stopp den, og bygg så igjen.`,
    fileSystem: (f) => {
      const what: Record<string, string> = {
        ENOSPC: "disken er full",
        EDQUOT: "kvoten på disken er brukt opp",
        EIO: "disken svarte med en lese- eller skrivefeil",
        EACCES: "samling har ikke lov til å skrive her",
        EPERM: "samling har ikke lov til å skrive her",
        EROFS: "disken er skrivebeskyttet",
      };
      const where = f.file ? `: kunne ikke skrive ${f.file}` : "";
      const needed = f.bytes ? ` (trengte ${formatFileSize(f.bytes, "nb")})` : "";
      const fix =
        f.code === "ENOSPC" || f.code === "EDQUOT"
          ? " Frigjør plass og bygg igjen."
          : " Sjekk disken og mappen, og bygg igjen.";
      return `${what[f.code] ?? f.code}${where}${needed}.${fix}`;
    },
    incomplete: (problems) =>
      `det som ble laget, er ikke helt, så ingenting ble publisert:\n${problems
        .map((p) => {
          const why: Record<string, string> = {
            missing: "mangler",
            empty: "er tom",
            size: `har ${p.found} byte, skulle hatt ${p.expected}`,
            pages: `har ${p.found} sider, skulle hatt ${p.expected}`,
            unreadable: "kan ikke leses",
          };
          return `  ${p.file} ${why[p.what] ?? p.what}`;
        })
        .join("\n")}\nOftest er disken full eller har feil; sjekk den, og bygg igjen.`,
  },

  fix: {
    changed: (changes, files) => `endret ${n(changes, "felt", "felt")} i ${n(files, "fil", "filer")} (se git diff):`,
    renamed: (from, to) => `${from} → ${to}`,
    removed: (key) => `${key} tatt bort`,
    nothing: "ingenting å endre: ingen gamle feltnavn.",
    nothingByItself: "ingenting ble endret: de gamle feltnavnene under må rettes for hånd.",
    notWritten: (file, reason) => `kunne ikke skrive ${file} (${reason}); filen er som før.`,
  },

  serve: {
    ready: (reports, ms) => `${formatCount(reports, "rapport", "rapporter", "nb")} klar (${ms} ms)`,
    address: (url) => `${url} (Ctrl+C avslutter)`,
  },

  errorPage: {
    title: "Innholdet har feil",
    lead: "Siden vises igjen så snart filene er rettet og lagret.",
    failed: "Byggingen stoppet",
  },

  init: {
    ask: {
      name: "Nettstedets navn (organisasjonen): ",
      siteLang: "Språk (nb, nn eller en) [nb]: ",
      url: "Adressen det skal publiseres på (kan stå tom): ",
      color: "Hovedfarge som #RRGGBB (kan stå tom): ",
    },
    notEmpty: (dir) => `${dir} finnes og er ikke tom. Velg en ny mappe.`,
    badUrl: (url) => `«${url}» er ikke en hel adresse. Skriv den som https://rapporter.kommune.no/`,
    badColor: (color) => `«${color}» er ikke en farge som #RRGGBB, for eksempel #1e4b7a`,
    made: (s) =>
      `Nytt nettsted i ${s.dir}/:\n${s.files.map((f) => `  ${f}`).join("\n")}\n\n` +
      `Neste steg:\n` +
      `  1. cd ${s.dir} && npm install\n` +
      `  2. npm run serve og åpne http://127.0.0.1:8080/${s.example ? ` — eksempelrapporten er et utkast: erstatt teksten, eller slett mappen content/reports/${s.example}/` : ""}\n` +
      `  3. npm run new -- "Tittel" for en ny rapport; README.md forteller resten.\n`,
  },

  new: {
    badDate: (date) => `«${date}» er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, for eksempel --date 2025-05-20.`,
    emptyTitle: "Tittelen er tom.",
    exists: (dir) => `${dir} finnes fra før. Velg en annen tittel eller dato, eller rediger den som finnes.`,
    made: (r) =>
      `Ny rapport (utkast) i ${r.dir}/:\n${r.files.map((f) => `  ${f}`).join("\n")}\n\n` +
      `Neste steg:\n` +
      `  1. npm run serve, og åpne ${r.url} — siden oppdateres når du lagrer.\n` +
      `  2. Fyll inn filene; kommentarene (#) forklarer feltene, docs/fields.md har alle.\n` +
      `  3. Sett «status: published» i report.yaml når rapporten er klar, og kjør npm run build.\n`,
  },

  import: {
    failed: (file, reason) => `kan ikke importere ${file}: ${reason}.`,
    reasons: {
      notDocxName: "bare Word-dokumenter (.docx) kan importeres",
      notFound: "fant ikke filen",
      isFolder: "det er en mappe, ikke en fil",
      unreadable: "filen kan ikke leses",
      empty: "filen er tom",
      tooLarge: (mb, limit) => `filen er ${mb} MB; grensen er ${limit} MB`,
      oldOrEncrypted:
        "filen er passordbeskyttet, eller et gammelt Word-dokument (.doc). Åpne den i Word og lagre som .docx uten passord",
      notWord: "filen er ikke et Word-dokument (.docx)",
      zipNotWord: "filen er en zip-fil, men ikke et Word-dokument (.docx)",
      damaged: "filen er skadet: den kan ikke leses som et Word-dokument (.docx)",
      bomb: (entry, unpacked, packed) =>
        `filen er ikke et vanlig Word-dokument: ${entry} pakkes ut fra ${formatFileSize(packed, "nb")} til ${formatFileSize(unpacked, "nb")} (en «zip-bombe»). Ingenting ble pakket ut`,
      tooManyEntries: (count, limit) =>
        `filen inneholder ${count} deler; et Word-dokument har langt færre (grensen er ${limit})`,
      unpacksTooLarge: (mb, limit) => `filen pakkes ut til ${mb} MB; grensen er ${limit} MB`,
      emptyDocument: "dokumentet er tomt",
      badDate: (date) => `«${date}» er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD`,
      exists: (dir) =>
        `${dir} finnes fra før; velg en annen tittel eller dato (--title, --date), eller flytt den som finnes`,
      cannotWrite: (code) => `kunne ikke skrive rapportmappen (${code ?? "ukjent feil"})`,
    },
    summary: {
      imported: (source, dir) => `Importert ${source} → ${dir}/ (utkast)`,
      chapters: (c) => n(c, "kapittel", "kapitler"),
      textBlocks: (c) => n(c, "tekstblokk", "tekstblokker"),
      tables: (c) => n(c, "tabell", "tabeller"),
      images: (c, withoutAlt) =>
        `${n(c, "bilde", "bilder")}${withoutAlt ? ` (${withoutAlt} uten alternativ tekst)` : ""}`,
      footnotes: (c) => n(c, "fotnote", "fotnoter"),
      checkHeading: "Sjekk:",
      noAlt: (file) => `${file}: bildet mangler alternativ tekst (alt) – skriv hva det viser`,
      noCaption: (file) => `${file}: tabellen har ingen tittel («Tabell …» over den) – skriv en i «caption»`,
      noteInTable: (file) => `${file}: en fotnote i tabellen ble utelatt – flytt den til teksten`,
      droppedLink: (link) => `lenken «${link}» ble fjernet (farlig adresse); teksten står igjen`,
      unknownStyles: (styles) => `ukjente stiler ble lest som vanlig tekst: ${styles.map((s) => `«${s}»`).join(", ")}`,
      date: (file, from) =>
        `${file}: datoen er ${from === "document" ? "da dokumentet ble laget" : "dagens"} – sett møtets dato`,
      fillIn: (file) => `${file}: fyll inn sted, arrangør og sammendrag`,
      next: "Neste steg: npm run serve og se rapporten; npm run check viser det som gjenstår.",
    },
  },

  print: {
    printed: (p) =>
      `PDF ${p.n}/${p.of}  ${p.id}  ${p.pages} s.  ${p.seconds === undefined ? "uendret" : `${p.seconds.toFixed(1)} s`}`,
    stopped: (p) => `PDF ${p.n}/${p.of}  ${p.id}  STOPPET (${p.stage}, ${p.reason}, ${p.seconds.toFixed(1)} s)`,
    heading: (failed) => `${formatCount(failed, "rapport", "rapporter", "nb")} fikk ingen PDF:`,
    stage: {
      load: "lasting av utskriftssiden",
      layout: "sideoppsett med Paged.js",
      pdf: "PDF-utskrift i Chromium",
      finish: "ferdigstilling av PDF-en",
    },
    what: (f) =>
      ({
        error: "nettleseren meldte en feil",
        crash: "nettleseren krasjet",
        timeout: `ikke ferdig etter ${f.budget} s (tidsgrensen for rapporten)`,
      })[f.reason],
    advice: (f, more) => {
      const preview = `åpne ${f.path} i samling serve («Forhåndsvis utskrift» på rapportens side)`;
      if (f.reason === "crash")
        return `Nettleseren stoppet, ofte fordi minnet ble fullt. Lukk andre programmer og bygg på nytt; skjer det igjen med samme rapport, ${preview}.`;
      if (f.reason === "timeout" && f.stage === "layout")
        return `Paged.js ble ikke ferdig med sidene: ${preview} og se hvor utskriften stopper. Er rapporten bare stor eller maskinen opptatt, gi mer tid: SAMLING_PRINT_TIMEOUT=${more} samling build.`;
      if (f.reason === "timeout")
        return `Bygg på nytt med mer tid: SAMLING_PRINT_TIMEOUT=${more} samling build. Skjer det igjen, ${preview}.`;
      if (f.stage === "pdf" || f.stage === "finish")
        return "Sidene ble laget, men ikke PDF-en. Bygg på nytt; skjer det igjen, meld feilen til samling med denne meldingen.";
      return `Se feilen der den skjer: ${preview}; den vises på siden og i nettleserens konsoll. Rett det som utløser den (ofte en endring i layouts/print, assets/css/print eller assets/js) og bygg på nytt.`;
    },
  },
};
