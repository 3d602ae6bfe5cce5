/**
 * Formatting of dates, times, numbers and people, per language. Templates call
 * these through filters and never format anything themselves.
 */
import type { Lang, UiStrings } from "./i18n/index.ts";

const LOCALE: Record<Lang, string> = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };

/** Intl formatters are costly to create and pure to use: one per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
const dateFormat = (lang: Lang, style: "long" | "short" | "dayMonth") =>
  cached(`date:${lang}:${style}`, () => {
    const options: Intl.DateTimeFormatOptions =
      style === "long"
        ? { day: "numeric", month: "long", year: "numeric" }
        : style === "short"
          ? { day: "2-digit", month: "2-digit", year: "numeric" }
          : { day: "numeric", month: "long" };
    return new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: "UTC" });
  });

const parts = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};

/** "25. oktober 2024" (nb, nn), "25 October 2024" (en). */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat(lang, "long").format(parts(iso));
}

/** "25.10.2024", for tables. */
export function formatDateShort(iso: string, lang: Lang): string {
  return dateFormat(lang, "short").format(parts(iso));
}

/** "24.–25. oktober 2024"; across months "30. september – 1. oktober 2024"; across years both in full. */
export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  const [sy, sm] = start.split("-");
  const [ey, em] = end.split("-");
  const full = formatDate(end, lang);
  if (sy !== ey) return `${formatDate(start, lang)} – ${full}`;
  const dayMonth = dateFormat(lang, "dayMonth").format(parts(start));
  if (sm !== em) return `${dayMonth} – ${full}`;
  const day = Number(start.split("-")[2]);
  return lang === "en" ? `${day}–${full}` : `${day}.–${full}`;
}

/** "kl. 13.15" in Norwegian, "13:15" in English. */
export function formatTime(time: string, lang: Lang): string {
  const [h, m] = time.split(/[:.]/);
  return lang === "en" ? `${h}:${m}` : `kl. ${h}.${m}`;
}

/** Numbers with the language's grouping: "14 000" (no-break space) in Norwegian. Text is returned as written. */
export function formatNumber(value: number | string, lang: Lang): string {
  return typeof value === "number"
    ? cached(`number:${lang}`, () => new Intl.NumberFormat(LOCALE[lang])).format(value)
    : value;
}

/** A count with its noun: "1 rapport", "12 rapporter", "1 200 punkter". */
export function formatCount(n: number, one: string, many: string, lang: Lang): string {
  return `${formatNumber(n, lang)} ${n === 1 ? one : many}`;
}

/** "A, B og C". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}

/** A person as formatting sees one: the schema's person (schema/common.ts) has this shape. */
export interface PersonLike {
  name: string;
  title?: string | undefined;
  role?: string | undefined;
  organisation?: string | undefined;
  email?: string | undefined;
  phone?: string | number | undefined;
  consent?: boolean | undefined;
}

/** A person given as just a name, or with details. */
export type PersonLikeRef = string | PersonLike;

const asPerson = (p: PersonLikeRef): PersonLike => (typeof p === "string" ? { name: p } : p);

/** "ordfører Cecilie Dahl-Jørgensen Pind", "Kjersti Vevstad, direktør helse og mestring", "Preben Carlsen fra Switch". */
export function formatPerson(ref: PersonLikeRef, ui: UiStrings): string {
  const p = asPerson(ref);
  let text = p.title ? `${p.title} ${p.name}` : p.name;
  if (p.role) text += `, ${p.role}`;
  if (p.organisation) text += ` ${ui.from} ${p.organisation}`;
  // Contact details are published only with the person's consent.
  const contact = p.consent ? [p.email, p.phone].filter(Boolean) : [];
  if (contact.length) text += ` (${contact.join(", ")})`;
  return text;
}

/** "v/ Andreas Christiansen og Siri Haugnes". */
export function formatSpeakers(list: readonly PersonLikeRef[] | undefined, ui: UiStrings): string {
  if (!list?.length) return "";
  return `${ui.by} ${joinList(
    list.map((p) => formatPerson(p, ui)),
    ui.and,
  )}`;
}

/** "1,2 MB", "850 kB": sizes as a reader expects them, in decimal units. */
export function formatFileSize(bytes: number, lang: Lang): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, "MB"] : [Math.max(1, Math.round(bytes / 1000)), "kB"];
  const number = cached(`size:${lang}`, () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 })).format(
    value,
  );
  return `${number}\u00a0${unit}`;
}

/**
 * A running head fits on one line of the page's top margin: a longer title is cut after the last
 * whole word that fits, with an ellipsis. (Paged.js lays out margin boxes without text-overflow.)
 */
export function shortenLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;–-]+$/, "")}…`;
}
