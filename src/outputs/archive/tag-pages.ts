import { groupByYear, newestFirst, type ArchivedBriefing, type ArchiveYear } from "./archive-pages.ts";
import { tagPageUrl, tagSlug } from "../../content/paths/tag-paths.ts";

/** A tag and every briefing that carries it. */
export interface TagPage<B extends ArchivedBriefing = ArchivedBriefing> {
  /** The tag as the newest briefing that carries it writes it. */
  tag: string;
  /** See tagSlug: `port-traffic`, `国际赛事`. */
  slug: string;
  /** Site-relative URL of the tag's page: `/tags/<slug>/` (`/fr/tags/<slug>/` in a language section). */
  url: string;
  /** The tagged briefings, newest first. */
  briefings: B[];
  /** The same briefings grouped by year. */
  years: ArchiveYear<B>[];
}

/**
 * One page per tag, listing every briefing that carries it. Tags that differ only in case,
 * accents or punctuation share a slug and so one page. Ordered by tag name, for the tag index.
 * @param briefings every briefing
 * @param prefix where the pages sit: `/`, or a language section's `/fr/`
 */
export function tagPages<B extends ArchivedBriefing>(briefings: B[], prefix = "/"): TagPage<B>[] {
  const bySlug = new Map<string, { tag: string; briefings: B[] }>();
  for (const briefing of newestFirst(briefings)) {
    const seen = new Set<string>();
    for (const tag of briefing.tags ?? []) {
      const slug = tagSlug(tag);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const page = bySlug.get(slug) ?? { tag, briefings: [] };
      page.briefings.push(briefing);
      bySlug.set(slug, page);
    }
  }
  return [...bySlug.entries()]
    .map(([slug, page]) => ({ ...page, slug, url: tagPageUrl(slug, prefix), years: groupByYear(page.briefings) }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}
