/**
 * Where one page of a briefing is in each of its editions. Every edition has the same pages
 * under its own path (`/<slug>/partners/`, `/<slug>/en/partners/`: the loader makes every edition
 * hold the same sections), so the same page in another edition is found by swapping the path.
 */

import { speaksLanguage, type LanguageSection } from "./language-sections.ts";

/** An edition of a briefing: its language and its cover's site path. */
export interface EditionPlace {
  language: string;
  url: string;
}

/** The same page in one edition. */
export interface EditionLink {
  language: string;
  /** The page's site path in that edition. */
  url: string;
  /** Whether this is the edition the page belongs to. */
  current: boolean;
}

/**
 * The same page in every edition of its briefing, the briefing's own edition first.
 * @param editions every edition of the briefing, its own first (RenderedBriefing.alternates)
 * @param current the edition the page belongs to
 * @param pageUrl the page's site path, under `current.url`
 * @returns one link per edition; none when the briefing has one edition or the page is not one of the briefing's
 */
export function editionLinks(editions: readonly EditionPlace[], current: EditionPlace, pageUrl: string): EditionLink[] {
  if (editions.length < 2 || !pageUrl.startsWith(current.url)) return [];
  const rest = pageUrl.slice(current.url.length);
  return editions.map((edition) => ({ language: edition.language, url: `${edition.url}${rest}`, current: edition.url === current.url }));
}

/**
 * A briefing as a language section lists it: in the section's language where the briefing has
 * that edition, else in its own, so a list names each briefing once, in its reader's language
 * where it can.
 * @param briefing the briefing, with its editions
 * @param section the section that lists it
 */
export function editionIn<T extends { language: string; editions: readonly T[] }>(briefing: T, section: Pick<LanguageSection, "language">): T {
  if (speaksLanguage(section, briefing.language)) return briefing;
  return briefing.editions.find((edition) => speaksLanguage(section, edition.language)) ?? briefing;
}
