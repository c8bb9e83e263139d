import { escapeHtml } from "../../render/html/escape-html.ts";

/** A page Eleventy wrote, as its `eleventy.after` event lists it. */
export interface WrittenPage {
  outputPath: string | false;
  content: string;
}

/** One `<url>` of the sitemap. */
export interface SitemapEntry {
  loc: string;
  lastmod?: string;
  /** The page in each edition of its briefing (its own included), from its `hreflang` links; none for a briefing in one language. */
  alternates?: Array<{ hreflang: string; href: string }>;
}

/** A page's language alternates as the base layout writes them (feeds' alternates carry a `type` first, and are not these). */
const LANGUAGE_ALTERNATE = /<link\s+rel="alternate"\s+hreflang="([^"]+)"\s+href="([^"]+)"\s*\/?>/gi;

/** Where the sitemap is published, as a site path. */
export const SITEMAP_PATH = "/sitemap.xml";

/**
 * The public pages a sitemap lists: every HTML page written that is not marked
 * `<meta name="robots" content="noindex">` (the print edition, the not-found page), at the
 * address its `<link rel="canonical">` gives. Reading the pages themselves, rather than a list of
 * templates, means a new kind of page is listed without anyone remembering to add it.
 * A briefing's page changed when its briefing did (`article:modified_time`); any other page
 * when the most recently changed briefing did. Sorted by address, so unchanged content gives
 * the same file.
 * @param pages the pages of one build
 */
export function sitemapEntries(pages: WrittenPage[]): SitemapEntry[] {
  const found: Array<{ loc: string; modified?: string; alternates: SitemapEntry["alternates"] }> = [];
  for (const page of pages) {
    if (!page.outputPath || !page.outputPath.endsWith(".html")) continue;
    const head = page.content.slice(0, page.content.indexOf("</head>") + 1 || undefined);
    if (/<meta\s+name="robots"\s+content="[^"]*noindex/i.test(head)) continue;
    const loc = /<link\s+rel="canonical"\s+href="([^"]+)"/i.exec(head)?.[1]?.replace(/&amp;/g, "&");
    if (!loc) continue;
    const alternates = [...head.matchAll(LANGUAGE_ALTERNATE)].map((match) => ({ hreflang: match[1]!, href: match[2]!.replace(/&amp;/g, "&") }));
    found.push({ loc, modified: /<meta\s+property="article:modified_time"\s+content="([^"]+)"/i.exec(head)?.[1], alternates: alternates.length > 0 ? alternates : undefined });
  }
  const newest = found
    .map((page) => page.modified)
    .filter((date): date is string => date !== undefined)
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const entries = new Map<string, SitemapEntry>();
  for (const page of found) entries.set(page.loc, { loc: page.loc, lastmod: page.modified ?? newest, ...(page.alternates ? { alternates: page.alternates } : {}) });
  return [...entries.values()].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}

/**
 * The sitemap (sitemaps.org 0.9) of the given entries, with each page's editions in other
 * languages as `xhtml:link` alternates (the form search engines read beside `hreflang` links).
 * @param entries from {@link sitemapEntries}
 */
export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const alternates = (entry.alternates ?? []).map((alternate) => `    <xhtml:link rel="alternate" hreflang="${escapeHtml(alternate.hreflang)}" href="${escapeHtml(alternate.href)}"/>\n`);
    return `  <url>\n    <loc>${escapeHtml(entry.loc)}</loc>\n${entry.lastmod ? `    <lastmod>${escapeHtml(entry.lastmod)}</lastmod>\n` : ""}${alternates.join("")}  </url>\n`;
  });
  // The namespace is declared only where it is used, so a site in one language keeps its plain sitemap.
  const xhtml = entries.some((entry) => entry.alternates) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : "";
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${urls.join("")}</urlset>\n`;
}
