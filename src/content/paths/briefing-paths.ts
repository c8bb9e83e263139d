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
 * Where a briefing's PDF is published: `/<slug>/<slug>.pdf`.
 * @param slug the briefing's folder name
 */
export function pdfUrl(slug: string): string {
  return `/${slug}/${slug}.pdf`;
}
