/**
 * The URL segment of a tag's page: `/tags/<slug>/`. Latin tags become lower-case words joined
 * by hyphens, without accents ("Port Traffic" → `port-traffic`, "Économie" → `economie`);
 * Chinese, Japanese and other letters are kept as they are ("国际赛事" → `国际赛事`), since
 * browsers show them readably in the address bar and send them percent-encoded. Punctuation
 * and spaces become single hyphens. The slug depends on the tag alone, so a tag's URL is stable.
 * @param tag a tag as written in `briefing.yaml`
 * @returns the slug; empty only for a tag of punctuation alone
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The site path of a tag's page, by its slug: `/tags/<slug>/`.
 * @param slug the tag's slug, from tagSlug
 */
export function tagPageUrl(slug: string): string {
  return `/tags/${slug}/`;
}

/**
 * The site path of a tag's page, by the tag as written (the `tagUrl` filter).
 * @param tag a tag as written in `briefing.yaml`
 */
export function tagUrl(tag: string): string {
  return tagPageUrl(tagSlug(tag));
}
