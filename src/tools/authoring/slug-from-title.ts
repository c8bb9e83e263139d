import { SLUG_PATTERN } from "../../content/schema.ts";

/** Scripts whose words cannot be spelt in Latin letters without a dictionary (Han, kana, Hangul). */
const NEEDS_ROMANISATION = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A folder name made from a title in Latin letters: accents dropped, lower-cased, words joined by
 * hyphens ("Port traffic, 2024: a review" → port-traffic-2024-a-review), at most 60 characters.
 * A title in Chinese (or Japanese, Korean) gives none: a folder name made of its stray Latin
 * letters or digits would mean nothing, so the editor must choose one.
 * @param title the briefing's title
 * @returns the folder name, or undefined when none can be derived
 */
export function slugFromTitle(title: string): string | undefined {
  if (NEEDS_ROMANISATION.test(title)) return undefined;
  const words = title
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60) break;
    slug = next;
  }
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}
