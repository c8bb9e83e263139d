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
