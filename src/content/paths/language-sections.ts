import { siteLanguageOf } from "../settings/site-settings.ts";
import { maximizedLocale } from "../maximized-locale.ts";

/**
 * The site's language sections: one set of site-wide pages (archive, topics, search, 404, feeds)
 * per language its briefings are written in, so a reader who came from a French briefing is
 * answered in French. The site's own language sits at the root (`/search/`); every other language
 * under a prefix of its own (`/fr/search/`). Sections are plain data, derived from the briefings'
 * languages, so nothing about a language is written anywhere but in its labels file.
 */
export interface LanguageSection {
  /** The section's language, as the briefings write it (`fr-FR`), or the site's for the root section. */
  language: string;
  /** The path every site-wide page of the section sits under: `/` for the root, `/fr/` otherwise. */
  prefix: string;
  /** Whether this is the site's own language, at the root. */
  isRoot: boolean;
}

/**
 * The sections of a site: the root one in `rootLanguage`, then one per other language a
 * briefing is written in, by tag order. Two tags that name the same language, script and region
 * once filled in (`zh` and `zh-CN`) share a section. A section's prefix is its language subtag
 * (`/fr/`), or the whole tag in lower case when two sections would share it (`/zh-tw/` beside
 * the root's zh-CN, `/en-gb/` and `/en-us/`).
 * @param briefingLanguages each briefing's language (repeats allowed)
 * @param rootLanguage the language of the pages at the root (see siteLanguageOf)
 */
export function languageSections(briefingLanguages: readonly string[], rootLanguage: string): LanguageSection[] {
  const byKey = new Map<string, string>([[sameLanguageKey(rootLanguage), rootLanguage]]);
  for (const language of [...briefingLanguages].sort()) {
    const key = sameLanguageKey(language);
    if (!byKey.has(key)) byKey.set(key, language);
  }
  const others = [...byKey.values()].slice(1);
  const subtag = (tag: string) => tag.split("-")[0]!.toLowerCase();
  const rootSubtag = subtag(rootLanguage);
  return [
    { language: rootLanguage, prefix: "/", isRoot: true },
    ...others.map((language) => {
      const shared = subtag(language) === rootSubtag || others.some((other) => other !== language && subtag(other) === subtag(language));
      return { language, prefix: `/${shared ? language.toLowerCase() : subtag(language)}/`, isRoot: false };
    }),
  ];
}

/**
 * The section a page in `language` belongs to: the one of its language, else the root.
 * @param sections the site's sections (languageSections)
 * @param language the page's language
 */
export function sectionOf(sections: readonly LanguageSection[], language: string): LanguageSection {
  const key = sameLanguageKey(language);
  return sections.find((section) => sameLanguageKey(section.language) === key) ?? sections[0]!;
}

/**
 * A site-wide page's path inside a section: `/search/` → `/fr/search/`.
 * @param section the section
 * @param sitePath the page's path at the root, starting with "/"
 */
export function sectionPath(section: Pick<LanguageSection, "prefix">, sitePath: string): string {
  return `${section.prefix}${sitePath.replace(/^\//, "")}`;
}

/**
 * Whether a page in `language` belongs to `section` (the test sectionOf makes).
 * @param section the section
 * @param language a page's language
 */
export function speaksLanguage(section: Pick<LanguageSection, "language">, language: string): boolean {
  return sameLanguageKey(section.language) === sameLanguageKey(language);
}

/** A tag filled in with its likely script and region, so `zh` and `zh-CN` compare equal. */
function sameLanguageKey(tag: string): string {
  return (maximizedLocale(tag)?.toString() ?? tag).toLowerCase();
}

/**
 * The sections of a site as built: the root in the site's language (the briefings' own when they
 * all share one, see siteLanguageOf), then one per other language of its briefings and of their
 * editions (an English edition's readers are answered in English; the root stays the briefings').
 * @param briefings the site's briefings
 * @param siteLanguage `language` in `_data/site.json`
 */
export function siteSections(briefings: ReadonlyArray<{ language: string; editions?: ReadonlyArray<{ language: string }> }>, siteLanguage: string): LanguageSection[] {
  return languageSections(
    briefings.flatMap((briefing) => [briefing.language, ...(briefing.editions ?? []).map((edition) => edition.language)]),
    siteLanguageOf(briefings, siteLanguage),
  );
}
