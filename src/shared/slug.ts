/**
 * Anchors from titles. Norwegian letters are transliterated (æ→ae, ø→o, å→a)
 * so generated anchors are plain ASCII and survive copy-paste, e-mail and PDF
 * named destinations; ids an author writes may keep æ, ø, å.
 */
const TRANSLIT: Record<string, string> = { æ: "ae", ø: "o", å: "a", ä: "a", ö: "o", ü: "u", é: "e", è: "e" };

export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .toLowerCase()
    .replace(/[æøåäöüéè]/g, (c) => TRANSLIT[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "") || "del";
}

/**
 * An anchor from a title. Numbered titles («1.1 Bakgrunn», «2012-rapporten») get
 * «s-» in front: an id that starts with a digit is no CSS selector (`#1-1-…`),
 * and the print layout looks link targets up by selector.
 */
export function anchorSlug(title: string): string {
  const slug = slugify(title);
  return /^[0-9]/.test(slug) ? `s-${slug}` : slug;
}

/** Hands out anchors that are unique within one page: "tema", "tema-2", … */
export class AnchorRegistry {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }

  /** Every anchor handed out or reserved so far: what a link within the page may point at. */
  get taken(): ReadonlySet<string> {
    return this.used;
  }

  /** An explicit id is taken as is (validation has made it unique); a title is slugified and numbered. */
  claim(explicit: string | undefined, title: string): string {
    return explicit ?? this.derive(anchorSlug(title));
  }

  /** An anchor made from another anchor ("fordele-ressurser-hovedfunn-2"), kept as is unless taken. */
  derive(base: string): string {
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${base}-${n}`;
    this.used.add(candidate);
    return candidate;
  }
}
