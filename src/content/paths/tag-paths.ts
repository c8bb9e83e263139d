import { speaksLanguage } from "./language-sections.ts";

/**
 * The URL segment of a tag's page: `/tags/<slug>/`. Latin tags become lower-case words joined
 * by hyphens, without accents ("Port Traffic" → `port-traffic`, "Économie" → `economie`); every
 * other script is kept as written, marks and all, after Unicode NFKC normalisation, so a tag
 * keeps its meaning: "インバウンド" stays `インバウンド` (its voicing marks are what tell ガス from
 * カス), "Йемен" keeps its й, Devanagari vowel signs and Arabic vowel marks stay, "国际赛事" stays
 * `国际赛事`; half-width katakana and full-width letters take their usual forms. Browsers show
 * these readably in the address bar and send them percent-encoded. Anything written like markup
 * (`<script>`, `<b>`) is left out first, so a tag of pasted HTML never names a page after its tags
 * ("<script>alert(1)</script>" → `alert-1`). Punctuation and spaces become single hyphens. The
 * slug depends on the tag alone, so a tag's URL is stable.
 * @param tag a tag as written in `briefing.yaml`
 * @returns the slug; empty only for a tag of punctuation or markup alone
 */
export function tagSlug(tag: string): string {
  return tag
    .replace(/<[^<>]*>/g, " ")
    .normalize("NFKC")
    .normalize("NFD")
    // Only a Latin letter's accents go: in other scripts a mark is part of the letter.
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Tags that would share a page though they say different things: the same slug, but different
 * letters, digits or symbols once case, Latin accents, spaces and punctuation are set aside
 * ("C++" and "C"). Tags that differ only in those ("Trade", "trade", "Économie", "economie")
 * share their page by design.
 * @param briefings each briefing's file (for the message) and tags
 * @returns one problem per slug two different tags would share, naming both and the fix
 */
export function tagCollisions(briefings: ReadonlyArray<{ file: string; tags: readonly string[] }>, language?: string): Array<{ file: string; field: string; message: string }> {
  const page = (slug: string) => (language === undefined ? `the page /tags/${slug}/` : `the ${language} topics' page …/tags/${slug}/`);
  const bySlug = new Map<string, { tag: string; identity: string; file: string }>();
  const problems: Array<{ file: string; field: string; message: string }> = [];
  const reported = new Set<string>();
  for (const { file, tags } of briefings) {
    for (const tag of tags) {
      const slug = tagSlug(tag);
      if (!slug) continue;
      const identity = tagSlug(tag.replace(/\p{S}/gu, (symbol) => `-${symbol.codePointAt(0)!.toString(16)}-`));
      const first = bySlug.get(slug);
      if (!first) bySlug.set(slug, { tag, identity, file });
      else if (first.identity !== identity && !reported.has(slug)) {
        reported.add(slug);
        problems.push({
          file,
          field: "tags",
          message: `the tag "${tag}" would share ${page(slug)} with the tag "${first.tag}" (${first.file}), which says something else; write one of them differently`,
        });
      }
    }
  }
  return problems;
}

/**
 * The site path of a tag's page, by its slug: `/tags/<slug>/`, or `/fr/tags/<slug>/` in a
 * language section.
 * @param slug the tag's slug, from tagSlug
 * @param prefix the language section's prefix (see language-sections.ts)
 */
export function tagPageUrl(slug: string, prefix = "/"): string {
  return `${prefix}tags/${slug}/`;
}

/**
 * The site path of a tag's page, by the tag as written (the `tagUrl` filter).
 * @param tag a tag as written in `briefing.yaml`
 * @param section the language section of the page linking to it (the root when absent)
 */
export function tagUrl(tag: string, section?: { prefix: string }): string {
  return tagPageUrl(tagSlug(tag), section?.prefix);
}

/** A briefing's tags, and each of its editions' (see tagCollisionsInEveryLanguage). */
export interface TaggedBriefing {
  file: string;
  language: string;
  tags: readonly string[];
  editions: ReadonlyArray<{ language: string; tags: readonly string[] }>;
}

/**
 * tagCollisions wherever topic pages are made: each language section lists every briefing in its
 * language where it has that edition, else in its own (editionIn), so an English section holds the
 * English topics of every briefing with an English edition beside the own topics of the others.
 * @param briefings each briefing's file (for the message), language and tags, with its editions'
 * @returns each problem once, though several sections may share it
 */
export function tagCollisionsInEveryLanguage(briefings: readonly TaggedBriefing[]): Array<{ file: string; field: string; message: string }> {
  const problems = tagCollisions(briefings);
  const languages = new Set(briefings.flatMap((briefing) => briefing.editions.map((edition) => edition.language)));
  for (const language of languages) {
    const section = { language };
    const listed = briefings.map((briefing) => ({
      file: briefing.file,
      tags: speaksLanguage(section, briefing.language) ? briefing.tags : (briefing.editions.find((edition) => speaksLanguage(section, edition.language)) ?? briefing).tags,
    }));
    problems.push(...tagCollisions(listed, language));
  }
  const seen = new Set<string>();
  return problems.filter((problem) => !seen.has(problem.message) && Boolean(seen.add(problem.message)));
}
