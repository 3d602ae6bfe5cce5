import type { Catalogue, ReportWords } from "./types.ts";
import { yamlReasonNb } from "./yaml-reasons.ts";

const TYPES: Record<string, string> = { string: "tekst", number: "et tall", boolean: "true eller false", array: "en liste", object: "felt med verdier", null: "tom" };
const type = (t: unknown) => TYPES[String(t)] ?? String(t);

const mean = (p: Record<string, unknown>) => (p.suggestion ? ` Mente du «${p.suggestion}»?` : "");

export const nb: Catalogue = {
  "file/missing": { message: (p) => `fant ikke ${p.what}`, hint: (p) => `Opprett ${p.what}, eller pek på riktig mappe med --content.` },
  "file/unreadable": { message: (p) => `kunne ikke lese filen (${p.reason})`, hint: () => "Sjekk at filen finnes og at du har lesetilgang." },
  "file/empty": { message: () => "filen er tom", hint: () => "Fyll inn innholdet, eller slett filen." },
  "file/too-large": { message: (p) => `filen er ${p.size} byte, grensen er ${p.limit}`, hint: () => "En innholdsfil skal være tekst på noen få kilobyte. Del den opp, eller legg store vedlegg utenfor content/." },
  "file/binary": { message: () => "filen ser ikke ut som tekst", hint: () => "Innholdsfiler må være YAML eller Markdown lagret som UTF-8-tekst. Bilder hører hjemme i assets/." },
  "file/encoding": { message: () => "filen er ikke gyldig UTF-8", hint: () => "Lagre filen som UTF-8 i redigeringsprogrammet ditt." },
  "content/no-reports": { message: (p) => `fant ingen rapporter i ${p.dir}`, hint: () => "Hver rapport er en mappe under content/reports/ med en report.yaml." },
  "content/no-report-file": { message: () => "rapportmappen mangler report.yaml", hint: () => "Legg til report.yaml med tittel, dato og status, eller flytt mappen ut av content/reports/." },
  "content/no-section-file": { message: () => "undermappen mangler index.yaml", hint: () => "En undermappe er en del av rapporten. Legg til index.yaml med «kind: section» og en tittel, eller flytt filene opp i rapportmappen." },
  "content/unknown-file": { message: (p) => `filen ${p.name} blir ikke brukt`, hint: () => "Bare .yaml-, .yml- og .md-filer og undermapper leses. Flytt andre filer til assets/." },
  "yaml/syntax": { message: (p) => `ugyldig YAML: ${yamlReasonNb(String(p.reason))}`, hint: () => "Sjekk innrykk (mellomrom, ikke tabulator), kolon etter nøkler og at anførselstegn er lukket." },
  "yaml/not-a-mapping": { message: () => "filen må inneholde nøkler og verdier (en YAML-mapping)", hint: () => "Start med en nøkkel, for eksempel «kind: text», ikke en liste eller en løs verdi." },
  "yaml/needs-quotes": { message: (p) => `verdien til «${p.key}» må stå i anførselstegn`, hint: (p) => `Verdien inneholder «: » eller begynner med et tegn YAML bruker selv. Skriv linjen slik: ${p.fix}` },
  "yaml/alias-expansion": { message: (p) => `aliaset «*${p.anchor}» gjentar for mye (over ${p.limit} verdier)`, hint: () => "Et alias (*navn) gjentar det et anker (&navn) peker på, og aliaser inni aliaser ganger seg opp. Skriv verdiene ut, eller bruk færre aliaser." },
  "schema/unknown-key": { message: (p) => `ukjent felt «${p.key}»`, hint: (p) => `Feltet finnes ikke her.${mean(p)} Tillatte felt: ${p.allowed}.` },
  "schema/required": { message: (p) => `mangler feltet «${p.key}»`, hint: (p) => `«${p.key}» må fylles ut${p.where ? ` i ${p.where}` : ""}.` },
  "schema/type": { message: (p) => `«${p.key}» skal være ${type(p.expected)}, men er ${type(p.received)}`, hint: (p) => `Skriv ${type(p.expected)} her.` },
  "schema/enum": { message: (p) => `«${p.value}» er ikke en gyldig verdi for «${p.key}»`, hint: (p) => `Bruk en av: ${p.allowed}.${mean(p)}` },
  "schema/unknown-kind": { message: (p) => `ukjent blokktype «${p.value}»`, hint: (p) => `Bruk en av: ${p.allowed}.${mean(p)}` },
  "schema/too-short": { message: (p) => `«${p.key}» er tom`, hint: (p) => `Skriv minst ${p.minimum} ${p.unit}, eller fjern feltet.` },
  "schema/format": { message: (p) => `«${p.value}» har feil form for «${p.key}»`, hint: (p) => `Forventet ${p.format}.` },
  "schema/invalid": { message: (p) => `ugyldig verdi for «${p.key}»`, hint: (p) => `${p.detail}` },
  "date/invalid": { message: (p) => `«${p.value}» er ikke en gyldig dato`, hint: () => "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2024-10-25, og sjekk at dagen finnes." },
  "date/range-order": { message: (p) => `sluttdato ${p.end} er før startdato ${p.start}`, hint: () => "Bytt om datoene, eller rett den som er feil." },
  "time/invalid": { message: (p) => `«${p.value}» er ikke et gyldig klokkeslett`, hint: () => "Skriv klokkeslett som TT:MM, for eksempel 13:15." },
  "participants/total": { message: (p) => `totalt ${p.total} ≠ summen av rollene ${p.sum}`, hint: () => "Rett antallet for en rolle eller totalen, så de stemmer. Fjern «total» for å la samling regne den ut." },
  "participants/coverage": { message: (p) => `${p.count} av ${p.of} er ikke mulig`, hint: () => "Antallet kan ikke være større enn helheten det er en del av." },
  "ids/duplicate": { message: (p) => `id «${p.id}» er brukt før (${p.first})`, hint: () => "Hver id må være unik: den blir en lenke (#id) eller en adresse. Gi en av dem en annen id." },
  "ids/leading-digit": { message: (p) => `id «${p.value}» begynner med et tall`, hint: (p) => `En id blir et lenkeanker (#id), og utskriften finner ankre bare når de begynner med en bokstav. Skriv for eksempel «s-${p.value}».` },
  "ref/unresolved": { message: (p) => `«${p.ref}» viser til noe som ikke finnes`, hint: (p) => `Bruk id-en til en blokk eller et spørsmål i samme rapport.${mean(p)}` },
  "ref/unknown-step": { message: (p) => `fant ikke steget «${p.ref}» i noen annen rapport`, hint: (p) => `Under «done» står id-en til et neste steg i en tidligere rapport (feltet «id» under «items»).${mean(p)}` },
  "ref/unknown-theme": { message: (p) => `ukjent tema «${p.ref}»`, hint: (p) => (p.allowed ? `Bruk id-en til et tema i content/themes.yaml: ${p.allowed}.${mean(p)}` : "Temaene defineres i content/themes.yaml (id og navn); filen finnes ikke ennå.") },
  "questions/unknown-part": { message: (p) => `delen «${p.part}» er ikke definert i blokkens «parts»`, hint: (p) => `Definer den under «parts», eller bruk en av: ${p.allowed}.${mean(p)}` },
  "publish/required": { message: (p) => `en publisert rapport må ha «${p.key}»`, hint: (p) => `Fyll inn «${p.key}», eller sett «status: draft» til rapporten er klar.` },
  "link/unsafe-scheme": { message: (p) => `lenken «${p.url}» bruker en farlig adresse (${p.scheme})`, hint: () => "Bare http:, https:, mailto: og tel: og lenker innad på nettstedet er tillatt." },
  "link/missing-file": { message: (p) => `fant ikke filen «${p.url}»`, hint: (p) => `Lenker og bilder til filer leses fra mappen til filen som viser til dem (${p.dir}/). Sjekk navnet (store og små bokstaver teller), eller legg filen dit.` },
  "link/unknown-anchor": { message: (p) => `ingen overskrift eller punkt har ankeret «${p.anchor}»`, hint: (p) => `Lenken fører ikke noe sted.${p.suggestion ? ` Mente du «#${p.suggestion}»?` : ""} Ankrene står i adressen når du klikker på en overskrift, eller sett «id:» på blokken du vil lenke til.` },
  "markdown/raw-html": { message: (p) => `HTML i teksten vises som tekst: ${p.html}`, hint: () => "samling viser aldri HTML fra innholdet. Bruk Markdown i stedet (**fet**, *kursiv*, [lenke](https://…)), eller skriv koden i `bakover-apostrofer` hvis den skal vises som kode." },
  "markdown/table-cells": { message: (p) => `tabellraden har ${p.cells} celler, men overskriften har ${p.header}`, hint: () => "Cellene etter de overskriften har, blir borte. Legg til en kolonne i overskriften, eller fjern den ekstra | i raden (skriv \\| for en loddrett strek i teksten)." },
  "site/contrast": { message: (p) => `fargen ${p.key} ${p.colour} har kontrast ${String(p.ratio).replace(".", ",")}:1 mot ${p.background}, kravet er ${String(p.minimum).replace(".", ",")}:1`, hint: (p) => `Fargen brukes som ${p.use}, og må være lesbar for alle (WCAG 2.1 AA). Velg en mørkere farge; sjekk den med en kontrastkalkulator.` },
  "privacy/national-id": { message: (p) => `«${p.value}» ser ut som et fødselsnummer`, hint: () => "Fødselsnumre skal aldri stå i en rapport. Fjern nummeret." },
  "privacy/email": { message: (p) => `e-postadressen «${p.value}» er en personopplysning`, hint: () => "Fjern adressen, eller før den opp på personen (feltet «email») med «consent: true» når personen har samtykket. Felles adresser (post@…, postmottak@…) flagges ikke." },
  "privacy/phone": { message: (p) => `«${p.value}» ser ut som et telefonnummer`, hint: () => "Fjern nummeret, eller før det opp på personen (feltet «phone») med «consent: true» når personen har samtykket." },
  "privacy/no-consent": { message: (p) => `${p.name} har «${p.field}» uten samtykke`, hint: () => "Legg til «consent: true» når personen har samtykket til at kontaktinformasjonen publiseres, ellers fjern den." },
};

export const nbWords: ReportWords = {
  error: "feil",
  warning: "advarsel",
  summary: (e, w, f) => `${e} ${e === 1 ? "feil" : "feil"}, ${w} ${w === 1 ? "advarsel" : "advarsler"} i ${f} ${f === 1 ? "fil" : "filer"}`,
  didYouMean: (s) => `Mente du «${s}»?`,
};
