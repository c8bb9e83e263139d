/**
 * The site paths of a briefing and its pages. Every module that links to a briefing, a section
 * or a PDF takes the path from here, so the site's shape is written down once.
 */

/**
 * A briefing's cover page: `/<slug>/`.
 * @param slug the briefing's folder name
 */
export function briefingUrl(slug: string): string {
  return `/${slug}/`;
}

/**
 * The cover of a briefing's edition in another language: `/<slug>/<edition>/` (`/trade-note/en/`).
 * Under the briefing's own path, not a language section's prefix: a section's prefix can change
 * when briefings in new languages arrive (`/en/` becomes `/en-gb/` beside an en-US briefing, and
 * the root's language may move), while a published edition's address must not.
 * @param slug the briefing's folder name
 * @param edition the edition's folder name under `sections/` (its language tag in lower case)
 */
export function editionUrl(slug: string, edition: string): string {
  return `${briefingUrl(slug)}${edition}/`;
}

/**
 * A section's own page: `/<slug>/<section>/`.
 * @param briefingPath the briefing's site path, from briefingUrl
 * @param sectionId the section's id, from its file name
 */
export function sectionUrl(briefingPath: string, sectionId: string): string {
  return `${briefingPath}${sectionId}/`;
}

/**
 * A briefing's key-figures page: `/<slug>/figures/`.
 * @param briefingPath the briefing's site path, from briefingUrl
 */
export function figuresUrl(briefingPath: string): string {
  return `${briefingPath}figures/`;
}

/**
 * Which PDF is meant: each edition of a briefing has its own, named by the edition's folder under
 * the site's root, `<slug>` for the briefing in its own language and `<slug>/<edition>` for an
 * edition in another (`goods-trade-2023/en`). The PDF pipeline (print editions, the PDF cache,
 * shards, size placeholders, `pdfs` in templates) is keyed by it, so two editions never share
 * a PDF, a cache entry or a stated size. Slugs and edition names have no `/`, so keys cannot collide.
 * @param briefing the briefing's folder name and, for an edition in another language, its folder under `sections/`
 */
export function pdfKey(briefing: { slug: string; edition?: string }): string {
  return briefing.edition === undefined ? briefing.slug : `${briefing.slug}/${briefing.edition}`;
}

/**
 * Where an edition's PDF is published: `/<slug>/<slug>.pdf` for the briefing in its own
 * language, `/<slug>/<edition>/<slug>-<edition>.pdf` for an edition in another
 * (`/goods-trade-2023/en/goods-trade-2023-en.pdf`): beside the edition's pages, and with a file
 * name of its own, so a reader who downloads both languages keeps both files.
 * @param key the PDF's key, from pdfKey (a briefing's slug alone names its own-language PDF)
 */
export function pdfUrl(key: string): string {
  return `/${key}/${key.replace("/", "-")}.pdf`;
}

/**
 * The print edition a PDF is printed from: `/<slug>/print/`, `/<slug>/<edition>/print/`.
 * @param key the PDF's key, from pdfKey
 */
export function printEditionUrl(key: string): string {
  return `/${key}/print/`;
}
