/** An opening or closing heading tag: `<h2`, `</h2>`. */
const HEADING_TAG = /<(\/?)h([1-6])(?=[\s>])/g;

/**
 * Moves every heading of rendered prose `by` levels deeper (at most to h6), so the prose a
 * section's own page shows under its h1 (`##` → h2) can sit under an h2 of the page that shows
 * several sections (the print edition, the feeds: `##` → h3). Rendering the Markdown once and
 * shifting the tags gives the same HTML as rendering it again with other levels, at a fraction of
 * the cost; the prose cannot hold other `<hN` text, as raw HTML in Markdown is escaped.
 * @param html rendered prose
 * @param by how many levels deeper
 */
export function shiftHeadings(html: string, by: number): string {
  return html.replace(HEADING_TAG, (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + by)}`);
}
