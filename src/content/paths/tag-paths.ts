/**
 * The URL segment of a tag's page: `/tags/<slug>/`. Latin tags become lower-case words joined
 * by hyphens, without accents ("Port Traffic" → `port-traffic`, "Économie" → `economie`);
 * Chinese, Japanese and other letters are kept as they are ("国际赛事" → `国际赛事`), since
 * browsers show them readably in the address bar and send them percent-encoded. Only the
 * accents of Latin, Greek and Cyrillic letters (U+0300–036F) are dropped: Japanese voiced marks
 * (が, ぱ), Devanagari vowel signs and Arabic vowel marks are part of the word and kept.
 * Anything written like markup (`<script>`, `<b>`) is left out first, so a tag of pasted HTML
 * never names a page after its tags ("<script>alert(1)</script>" → `alert-1`). Punctuation and
 * spaces become single hyphens. The slug depends on the tag alone, so a tag's URL is stable.
 * @param tag a tag as written in `briefing.yaml`
 * @returns the slug; empty only for a tag of punctuation or markup alone
 */
export function tagSlug(tag: string): string {
  return tag
    .replace(/<[^<>]*>/g, " ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
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
