import type { Catalogue, ReportWords } from "./types.ts";
import { yamlReasonNb } from "./yaml-reasons.ts";

const TYPES: Record<string, string> = {
  string: "tekst",
  number: "et tall",
  boolean: "true eller false",
  array: "en liste",
  object: "felt med verdier",
  null: "tom",
};
const type = (t: unknown) => TYPES[String(t)] ?? String(t);

/** What csv-parse's errors mean, by code. */
const CSV_REASONS_NB: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "et anførselstegn blir ikke lukket",
  CSV_INVALID_CLOSING_QUOTE: "det står noe rett etter et avsluttende anførselstegn",
  INVALID_OPENING_QUOTE: "et anførselstegn står midt i en celle",
  CSV_INVALID_OPENING_QUOTE: "et anførselstegn står midt i en celle",
};

const mean = (p: Record<string, unknown>) => (p.suggestion ? ` Mente du «${p.suggestion}»?` : "");

export const nb: Catalogue = {
  "file/missing": {
    message: (p) => `fant ikke ${p.what}`,
    hint: (p) => `Opprett ${p.what}, eller pek på riktig mappe med --content.`,
  },
  "file/unreadable": {
    message: (p) => `kunne ikke lese filen (${p.reason})`,
    hint: () => "Sjekk at filen finnes og at du har lesetilgang.",
  },
  "file/empty": { message: () => "filen er tom", hint: () => "Fyll inn innholdet, eller slett filen." },
  "file/too-large": {
    message: (p) => `filen er ${p.size} byte, grensen er ${p.limit}`,
    hint: () =>
      "En innholdsfil skal være tekst på noen få kilobyte. Del den opp, eller legg store vedlegg utenfor content/.",
  },
  "file/binary": {
    message: () => "filen ser ikke ut som tekst",
    hint: () =>
      "Innholdsfiler må være YAML eller Markdown lagret som UTF-8-tekst. Et bilde må ha en bildeendelse (.jpg, .png, .svg …) og vises med en figur.",
  },
  "file/encoding": {
    message: () => "filen er ikke gyldig UTF-8",
    hint: () => "Lagre filen som UTF-8 i redigeringsprogrammet ditt.",
  },
  "content/no-reports": {
    message: (p) => `fant ikke mappen ${p.dir}`,
    hint: () =>
      "Hver rapport er en mappe under content/reports/ med en report.yaml. Lag mappen (den kan være tom), eller sjekk at --content peker på innholdsmappen.",
  },
  "content/no-report-file": {
    message: () => "rapportmappen mangler report.yaml",
    hint: () => "Legg til report.yaml med tittel, dato og status, eller flytt mappen ut av content/reports/.",
  },
  "content/no-section-file": {
    message: () => "undermappen mangler index.yaml eller index.md",
    hint: () =>
      "En undermappe er en del av rapporten. Legg til index.yaml med «kind: section» og en tittel (eller index.md med tittelen i front matter og innledningen under), eller flytt filene opp i rapportmappen.",
  },
  "content/unknown-file": {
    message: (p) => `filen ${p.name} blir ikke brukt`,
    hint: (p) =>
      p.solutions
        ? "I content/losninger/ leses bare .yaml-filer, én per løsning. Flytt filen ut av mappen, eller gjør den til en løsning (<id>.yaml)."
        : "Bare .yaml-, .yml- og .md-filer, bilder (.jpg, .png, .webp, .gif, .avif, .tif, .svg), .csv-filer som en tabell viser til («data:») og undermapper leses. Lagre filen i et av disse formatene, eller flytt den ut av content/.",
  },
  "yaml/syntax": {
    message: (p) => `ugyldig YAML: ${yamlReasonNb(String(p.reason))}`,
    hint: () => "Sjekk innrykk (mellomrom, ikke tabulator), kolon etter nøkler og at anførselstegn er lukket.",
  },
  "yaml/not-a-mapping": {
    message: () => "filen må inneholde nøkler og verdier (en YAML-mapping)",
    hint: () => "Start med en nøkkel, for eksempel «kind: text», ikke en liste eller en løs verdi.",
  },
  "yaml/needs-quotes": {
    message: (p) => `verdien til «${p.key}» må stå i anførselstegn`,
    hint: (p) => `Verdien inneholder «: » eller begynner med et tegn YAML bruker selv. Skriv linjen slik: ${p.fix}`,
  },
  "yaml/alias-expansion": {
    message: (p) => `aliaset «*${p.anchor}» gjentar for mye (over ${p.limit} verdier)`,
    hint: () =>
      "Et alias (*navn) gjentar det et anker (&navn) peker på, og aliaser inni aliaser ganger seg opp. Skriv verdiene ut, eller bruk færre aliaser.",
  },
  "yaml/alias-cycle": {
    message: (p) => `aliaset «*${p.anchor}» står inni det ankeret «&${p.anchor}» peker på`,
    hint: () =>
      "Da ville verdien inneholde seg selv, uten ende. Skriv verdien ut der aliaset står, eller flytt ankeret.",
  },
  "yaml/front-matter-language": {
    message: (p) => `innledningen (front matter) er skrevet som «${p.language}»`,
    hint: () =>
      "samling leser bare YAML mellom de to ---. Start filen med --- alene på første linje, og skriv feltene som YAML (title: …).",
  },
  "schema/unknown-key": {
    message: (p) => `ukjent felt «${p.key}»`,
    hint: (p) => `Feltet finnes ikke her.${mean(p)} Tillatte felt: ${p.allowed}.`,
  },
  "schema/deprecated-key": {
    message: (p) => (p.replacement ? `«${p.key}» heter nå «${p.replacement}»` : `«${p.key}» brukes ikke lenger`),
    hint: (p) =>
      `${p.replacement ? `Feltet fikk nytt navn i samling ${p.since}` : `Feltet ble tatt bort i samling ${p.since}`}; det gamle ${p.replacement ? "navnet virker" : "feltet godtas"} fram til samling ${p.until}. Kjør «npm run check -- --fix» for å ${p.replacement ? "endre navnet" : "ta det bort"} i filen (kommentarer og rekkefølge blir stående), eller gjør det selv.`,
  },
  "schema/deprecated-key-conflict": {
    message: (p) => `både «${p.key}» og «${p.replacement}»`,
    hint: (p) => `«${p.key}» er det gamle navnet på «${p.replacement}». Behold ett av dem.`,
  },
  "schema/required": {
    message: (p) => `mangler feltet «${p.key}»`,
    hint: (p) => `«${p.key}» må fylles ut${p.where ? ` i ${p.where}` : ""}.`,
  },
  "schema/type": {
    message: (p) => `«${p.key}» skal være ${type(p.expected)}, men er ${type(p.received)}`,
    hint: (p) => `Skriv ${type(p.expected)} her.`,
  },
  "schema/enum": {
    message: (p) => `«${p.value}» er ikke en gyldig verdi for «${p.key}»`,
    hint: (p) => `Bruk en av: ${p.allowed}.${mean(p)}`,
  },
  "schema/unknown-kind": {
    message: (p) => `ukjent blokktype «${p.value}»`,
    hint: (p) => `Bruk en av: ${p.allowed}.${mean(p)}`,
  },
  "schema/too-short": {
    message: (p) => `«${p.key}» er tom`,
    hint: (p) => `Skriv minst ${p.minimum} ${p.unit}, eller fjern feltet.`,
  },
  "schema/format": {
    message: (p) => `«${p.value}» har feil form for «${p.key}»`,
    hint: (p) => `Forventet ${p.format}.`,
  },
  "schema/invalid": { message: (p) => `ugyldig verdi for «${p.key}»`, hint: (p) => `${p.detail}` },
  "date/invalid": {
    message: (p) => `«${p.value}» er ikke en gyldig dato`,
    hint: () => "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2024-10-25, og sjekk at dagen finnes.",
  },
  "date/range-order": {
    message: (p) => `sluttdato ${p.end} er før startdato ${p.start}`,
    hint: () => "Bytt om datoene, eller rett den som er feil.",
  },
  "time/invalid": {
    message: (p) => `«${p.value}» er ikke et gyldig klokkeslett`,
    hint: () => "Skriv klokkeslett som TT:MM, for eksempel 13:15.",
  },
  "lang/invalid": {
    message: (p) => `«${p.value}» er ikke en språkkode`,
    hint: () =>
      "Skriv språket som en kode med små bokstaver: «en» (engelsk), «nn» (nynorsk), «nb» (bokmål), «se» (nordsamisk), «sv» (svensk) – eventuelt med land: «en-GB».",
  },
  "participants/total": {
    message: (p) => `totalt ${p.total} ≠ summen av rollene ${p.sum}`,
    hint: () => "Rett antallet for en rolle eller totalen, så de stemmer. Fjern «total» for å la samling regne den ut.",
  },
  "participants/coverage": {
    message: (p) => `${p.count} av ${p.of} er ikke mulig`,
    hint: () => "Antallet kan ikke være større enn helheten det er en del av.",
  },
  "table/no-rows": {
    message: (p) =>
      p.headerRows !== undefined
        ? `tabellen har ingen rader under ${Number(p.headerRows) === 1 ? "overskriftsraden" : `de ${p.headerRows} overskriftsradene`}`
        : "tabellen har ingen rader",
    hint: () =>
      "Skriv radene under «rows» (og overskriftsradene under «head»), eller les dem fra en CSV-fil i samme mappe med «data: tabell.csv». I en CSV-fil er de første «headerRows» radene overskrift (standard 1), resten er tabellens rader.",
  },
  "table/data-and-rows": {
    message: (p) =>
      p.key === "headerRows"
        ? "«headerRows» gjelder bare en tabell fra en CSV-fil («data»)"
        : `tabellen har både «data» og «${p.key}»`,
    hint: () =>
      "En tabell skrives enten i YAML («head» og «rows») eller leses fra en CSV-fil («data», med «headerRows» for hvor mange av de første radene som er overskrift). Fjern det ene.",
  },
  "table/missing-data": {
    message: (p) => `fant ikke CSV-filen «${p.file}»`,
    hint: (p) =>
      `CSV-filen leses fra samme mappe som YAML-filen (${p.dir}/). Sjekk navnet (store og små bokstaver teller), eller legg filen dit.`,
  },
  "table/csv-syntax": {
    message: (p) => `CSV-filen kan ikke leses: ${CSV_REASONS_NB[String(p.code)] ?? p.reason}`,
    hint: () =>
      'En celle med skilletegnet (komma eller semikolon), linjeskift eller anførselstegn i seg står i anførselstegn, og anførselstegn inni den skrives dobbelt: "Hun sa ""ja""". Rett linjen, eller lagre filen på nytt som CSV fra regnearket.',
  },
  "table/row-cells": {
    message: (p) =>
      `${p.part === "head" ? `overskriftsrad ${p.row}` : p.part === "total" ? "sumraden" : `rad ${p.row}`} har ${p.cells} celler, men ${p.against === "head" ? "overskriften" : "første rad"} har ${p.columns}`,
    hint: () =>
      'En celle over flere kolonner («colspan», eller «<» i en CSV-fil) teller én gang per kolonne, og en celle over flere rader («rowspan», eller «^^» i en CSV-fil) teller også i radene under. Legg til eller fjern celler så alle radene er like brede; en tom celle skrives "".',
  },
  "table/span": {
    message: (p) =>
      p.marker
        ? `«${p.marker}» har ingen celle ${p.marker === "<" ? "til venstre" : "over seg"} å slå seg sammen med`
        : `cellen går over ${p.rowspan} rader, men ${p.part === "head" ? "overskriften" : p.part === "total" ? "sumraden" : "tabellen"} har bare ${p.left} igjen`,
    hint: () =>
      "I en CSV-fil slår en celle med bare «<» seg sammen med cellen til venstre, og en med bare «^^» med cellen over, innenfor overskriften eller innenfor radene. En celle kan ikke gå forbi siste rad i sin del av tabellen: rett «rowspan», eller fjern markøren.",
  },
  "table/total": {
    message: (p) =>
      `sumraden har ${p.total} i ${p.column ? `«${p.column}»` : `kolonne ${p.index}`}, men radene over blir ${p.sum}`,
    hint: () =>
      "Rett et av tallene så de stemmer, eller fjern «total: true» hvis siste rad ikke er en sum. Kolonner i prosent summeres ikke.",
  },
  "ids/duplicate": {
    message: (p) => `id «${p.id}» er brukt før (${p.first})`,
    hint: () => "Hver id må være unik: den blir en lenke (#id) eller en adresse. Gi en av dem en annen id.",
  },
  "ids/leading-digit": {
    message: (p) => `id «${p.value}» begynner med et tall`,
    hint: (p) =>
      `En id blir et lenkeanker (#id), og utskriften finner ankre bare når de begynner med en bokstav. Skriv for eksempel «s-${p.value}».`,
  },
  "ref/unresolved": {
    message: (p) => `«${p.ref}» viser til noe som ikke finnes`,
    hint: (p) => `Bruk id-en til en blokk eller et spørsmål i samme rapport.${mean(p)}`,
  },
  "ref/unknown-step": {
    message: (p) => `fant ikke steget «${p.ref}» i noen annen rapport`,
    hint: (p) =>
      `Under «done» og «updates» står id-en til et neste steg i en tidligere rapport (feltet «id» under «items»).${mean(p)}`,
  },
  "ref/unknown-theme": {
    message: (p) => `ukjent tema «${p.ref}»`,
    hint: (p) =>
      p.allowed
        ? `Bruk id-en til et tema i content/themes.yaml: ${p.allowed}.${mean(p)}`
        : "Temaene defineres i content/themes.yaml (id og navn); filen finnes ikke ennå.",
  },
  "ref/unknown-solution": {
    message: (p) => `ukjent løsning «${p.ref}»`,
    hint: (p) =>
      p.allowed
        ? `Bruk id-en til en løsning i content/losninger/ (filnavnet uten .yaml): ${p.allowed}.${mean(p)}`
        : "Løsningene ligger i content/losninger/, én fil per løsning (<id>.yaml); mappen har ingen ennå.",
  },
  "ref/unknown-report": {
    message: (p) => `fant ingen rapport med id «${p.ref}»`,
    hint: (p) =>
      `En rapport-id er mappenavnet under content/reports/ (eller «id» i report.yaml).${mean(p)} En side et annet sted skrives { title: …, url: https://… }.`,
  },
  "ref/self-link": {
    message: (p) => `rapporten viser til seg selv («${p.ref}»)`,
    hint: () => "«buildsOn», «followUpOf» og «seeAlso» viser til andre rapporter. Fjern lenken, eller rett id-en.",
  },
  "solution/file-name": {
    message: (p) => `filnavnet «${p.name}» kan ikke være en løsnings id`,
    hint: (p) =>
      `Filnavnet blir løsningens id og adresse (/losninger/<id>/): små bokstaver, tall og bindestrek, og det begynner med en bokstav. Gi filen nytt navn, for eksempel «${p.suggestion}.yaml».`,
  },
  "questions/unknown-part": {
    message: (p) => `delen «${p.part}» er ikke definert i blokkens «parts»`,
    hint: (p) => `Definer den under «parts», eller bruk en av: ${p.allowed}.${mean(p)}`,
  },
  "publish/required": {
    message: (p) => `en publisert rapport må ha «${p.key}»`,
    hint: (p) => `Fyll inn «${p.key}», eller sett «status: draft» til rapporten er klar.`,
  },
  "template/example-text": {
    message: (p) => `eksempeltekst fra malen: «${p.value}»`,
    hint: () =>
      "Skriv inn det som gjelder denne rapporten, eller fjern feltet eller linjen. Et utkast kan ha eksempeltekst; en publisert rapport kan ikke.",
  },
  "link/unsafe-scheme": {
    message: (p) => `lenken «${p.url}» bruker en farlig adresse (${p.scheme})`,
    hint: () => "Bare http:, https:, mailto: og tel: og lenker innad på nettstedet er tillatt.",
  },
  "link/missing-file": {
    message: (p) => `fant ikke filen «${p.url}»`,
    hint: (p) =>
      `Lenker og bilder til filer leses fra mappen til filen som viser til dem (${p.dir}/). Sjekk navnet (store og små bokstaver teller), eller legg filen dit.`,
  },
  "link/unknown-anchor": {
    message: (p) => `ingen overskrift eller punkt har ankeret «${p.anchor}»`,
    hint: (p) =>
      `Lenken fører ikke noe sted.${p.suggestion ? ` Mente du «#${p.suggestion}»?` : ""} Ankrene står i adressen når du klikker på en overskrift, eller sett «id:» på blokken du vil lenke til.`,
  },
  "markdown/raw-html": {
    message: (p) => `HTML i teksten vises som tekst: ${p.html}`,
    hint: () =>
      "samling viser aldri HTML fra innholdet. Bruk Markdown i stedet (**fet**, *kursiv*, [lenke](https://…)), eller skriv koden i `bakover-apostrofer` hvis den skal vises som kode.",
  },
  "image/missing": {
    message: (p) => `fant ikke bildet «${p.src}»`,
    hint: () =>
      "Bilder leses fra mappen til filen som viser dem, eller en undermappe som bilder/. Sjekk navnet (store og små bokstaver teller), eller legg bildet dit.",
  },
  "image/remote": {
    message: (p) => `bildet «${p.src}» ligger på et annet nettsted`,
    hint: () =>
      "Last ned bildet (med lov fra eieren) og legg det i rapportens mappe: sidene skal ikke hente noe fra andre nettsteder, og bildet må være med i PDF-en.",
  },
  "image/format": {
    message: (p) => `«${p.src}» er ikke et bildeformat samling kan vise (${p.ext})`,
    hint: () => "Bruk JPEG, PNG, WebP, GIF, AVIF, TIFF eller SVG. Lagre bildet på nytt i et av disse formatene.",
  },
  "image/too-large": {
    message: (p) => `bildet «${p.src}» er ${p.size} MB, grensen er ${p.limit} MB`,
    hint: () =>
      "Lagre bildet i lavere oppløsning (3000 piksler i bredden er mer enn nok, også for trykk), eller som JPEG.",
  },
  "image/too-many-pixels": {
    message: (p) => `bildet «${p.src}» er ${p.width} × ${p.height} piksler`,
    hint: (p) =>
      `Grensen er ${p.limit} megapiksler: et så stort bilde tar mer minne å lage nettbilder av enn en maskin har. Lagre det mindre (for eksempel 3000 piksler bredt) eller sjekk at filen er den du mente.`,
  },
  "image/svg-active": {
    message: (p) => `SVG-filen «${p.src}» inneholder skript eller innebygd innhold`,
    hint: () =>
      "En SVG med <script>, hendelser (onclick=…) eller innebygde sider kan kjøre kode på nettstedet. Eksporter figuren på nytt som ren grafikk, eller som PNG.",
  },
  "image/no-alt": {
    message: (p) => `bildet «${p.src}» mangler alternativ tekst`,
    hint: () =>
      "Skriv hva bildet viser i «alt» (i Markdown: ![hva bildet viser](fil.jpg)), så de som ikke ser det får det med seg. Er bildet bare pynt, skriv «decorative: true».",
  },
  "image/unused": {
    message: () => "bildet blir ikke brukt",
    hint: () => "Ingen figur eller tekst viser bildet. Vis det med en figur (kind: figure, src: …), eller slett filen.",
  },
  "markdown/table-cells": {
    message: (p) => `tabellraden har ${p.cells} celler, men overskriften har ${p.header}`,
    hint: () =>
      "Raden blir bredere enn tabellen, og de ekstra cellene står uten overskrift. Legg til en kolonne i overskriften, eller fjern den ekstra | i raden (skriv \\| for en loddrett strek i teksten; to | rett etter hverandre slår sammen to celler).",
  },
  "site/contrast": {
    message: (p) =>
      `fargen ${p.key} ${p.colour} har kontrast ${String(p.ratio).replace(".", ",")}:1 mot ${p.background}, kravet er ${String(p.minimum).replace(".", ",")}:1`,
    hint: (p) =>
      `Fargen brukes som ${p.use}, og må være lesbar for alle (WCAG 2.1 AA). Velg en mørkere farge; sjekk den med en kontrastkalkulator.`,
  },
  "privacy/national-id": {
    message: (p) => `«${p.value}» ser ut som et fødselsnummer`,
    hint: () => "Fødselsnumre skal aldri stå i en rapport. Fjern nummeret.",
  },
  "privacy/email": {
    message: (p) => `e-postadressen «${p.value}» er en personopplysning`,
    hint: () =>
      "Fjern adressen, eller før den opp på personen (feltet «email») med «consent: true» når personen har samtykket. Felles adresser (post@…, postmottak@…) flagges ikke.",
  },
  "privacy/phone": {
    message: (p) => `«${p.value}» ser ut som et telefonnummer`,
    hint: () =>
      "Fjern nummeret, eller før det opp på personen (feltet «phone») med «consent: true» når personen har samtykket.",
  },
  "privacy/no-consent": {
    message: (p) => `${p.name} har «${p.field}» uten samtykke`,
    hint: () =>
      "Legg til «consent: true» når personen har samtykket til at kontaktinformasjonen publiseres, ellers fjern den.",
  },
  "note/no-text": {
    message: (p) => `fotnoten «[^${p.label}]» har ingen tekst`,
    hint: (p) =>
      `Skriv teksten til noten på en egen linje i samme tekst, gjerne nederst: «[^${p.label}]: Teksten til noten.» Etiketten må være lik i henvisningen og i noten.`,
  },
  "note/unused": {
    message: (p) => `fotnoten «[^${p.label}]» er ikke brukt i teksten`,
    hint: (p) => `Sett «[^${p.label}]» der noten hører hjemme i teksten, eller fjern noten.`,
  },
  "note/in-heading": {
    message: (p) => `fotnoten «[^${p.label}]» står i en overskrift`,
    hint: () =>
      "En fotnote i en overskrift kommer med i innholdslisten, bokmerkene og topptekstene. Flytt henvisningen til en setning i teksten under overskriften.",
  },
  "cite/unknown-key": {
    message: (p) =>
      `finner ikke «@${p.key}» i litteraturlisten${p.suggestion ? ` – mente du «@${p.suggestion}»?` : ""}`,
    hint: (p) => `Nøklene står i ${p.files}. Rett nøkkelen i henvisningen, eller legg kilden til i filen.`,
  },
  "cite/no-bibliography": {
    message: (p) => `henvisningen til «@${p.key}» har ingen litteraturliste å slå opp i`,
    hint: () =>
      "Legg en BibTeX-fil (for eksempel litteratur.bib, eksportert fra Zotero eller EndNote) eller en CSL-JSON-fil i rapportmappen, ved siden av report.yaml.",
  },
  "cite/bad-file": {
    message: (p) => `litteraturfilen kan ikke leses her (${p.reason})`,
    hint: () =>
      "Sjekk at hver kilde har formen @type{nøkkel, felt = {verdi}, …} med like mange { og }. Eksporter filen på nytt fra referanseverktøyet om den er laget der.",
  },
  "cite/duplicate-key": {
    message: (p) => `nøkkelen «${p.key}» står to ganger i litteraturen`,
    hint: () => "Den første brukes. Gi den andre kilden en egen nøkkel, eller fjern den.",
  },
  "cite/no-references": {
    message: (p) =>
      `rapporten viser til ${p.count} ${Number(p.count) === 1 ? "kilde" : "kilder"}, men har ingen litteraturliste`,
    hint: () => "Legg til en blokk med «kind: references» (for eksempel 90-litteratur.yaml) der listen skal stå.",
  },
  "cache/damaged": {
    message: (p) =>
      `mellomlageret var skadet (${p.reason === "checksum" ? "innholdet stemte ikke med sjekksummen" : p.reason === "incomplete" ? "en del manglet" : "kunne ikke leses"})`,
    hint: () =>
      "Det er tatt bort og laget på nytt; nettstedet er som det skal være. Skjer det igjen, kan disken ha feil: bygg med «samling build --no-cache» og sjekk disken.",
  },
};

export const nbWords: ReportWords = {
  error: "feil",
  warning: "advarsel",
  summary: (e, w, f) =>
    `${e} ${e === 1 ? "feil" : "feil"}, ${w} ${w === 1 ? "advarsel" : "advarsler"} i ${f} ${f === 1 ? "fil" : "filer"}`,
  didYouMean: (s) => `Mente du «${s}»?`,
  clean: (c) =>
    `${c.reports} ${c.reports === 1 ? "rapport" : "rapporter"}, ${c.solutions} ${c.solutions === 1 ? "løsning" : "løsninger"}, ${c.files} ${c.files === 1 ? "fil" : "filer"}: ingen feil`,
};
