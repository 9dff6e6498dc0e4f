import { pinyin } from "./pinyin";

const MAX_SLUG = 40;

/** Tone-less pinyin syllables of the Han characters in `text` (Latin and digits dropped). */
export function pinyinSyllables(text: string): string[] {
  return pinyin(text, { toneType: "none", type: "array", nonZh: "removed", v: true }).filter((s) => /^[a-z]+$/.test(s));
}

/** Pinyin with tone marks of the Han characters in `text`, syllables separated by spaces. */
export function markedPinyin(text: string): string {
  return pinyin(text, { toneType: "symbol", type: "array", nonZh: "removed" })
    .filter((s) => /^\p{Script=Latin}+$/u.test(s))
    .join(" ");
}

/** URL-safe ASCII slug: pinyin for Han characters, Latin words kept, dash-joined, at most ~40 chars. */
export function pinyinSlug(text: string): string {
  const pieces = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .flatMap((piece) => piece.normalize("NFKD").toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  let slug = "";
  for (const piece of pieces) {
    const next = slug ? `${slug}-${piece}` : piece;
    if (next.length > MAX_SLUG && slug) break;
    slug = next.slice(0, MAX_SLUG);
  }
  return slug;
}

/** Hands out ids unique within one scope: `x`, `x-2`, `x-3`… */
export class UniqueIds {
  private readonly used = new Set<string>();

  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.used.has(id);
  }
}
