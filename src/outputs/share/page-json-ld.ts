/** What a page that is not a briefing's says about itself. */
export interface SitePageFacts {
  /** The page's absolute address. */
  url: string;
  /** The site's absolute home address. */
  home: string;
  /** The page's title as shared. */
  name: string;
  description: string;
  /** BCP 47 language of the page. */
  language: string;
}

/**
 * Schema.org JSON-LD for the site's own pages, so search engines know what each is: the home
 * is the `WebSite`; every other listing (archive pages, topics, search) is a `CollectionPage`
 * that is part of it. A briefing's pages carry its `Report` instead (report-json-ld.ts).
 * @param facts the page's address, title, description and language
 */
export function sitePageJsonLd(facts: SitePageFacts): Record<string, unknown> {
  const common = { name: facts.name, description: facts.description, inLanguage: facts.language };
  if (facts.url === facts.home) return { "@context": "https://schema.org", "@type": "WebSite", "@id": facts.home, url: facts.home, ...common };
  return { "@context": "https://schema.org", "@type": "CollectionPage", "@id": facts.url, url: facts.url, ...common, isPartOf: { "@type": "WebSite", "@id": facts.home, url: facts.home } };
}
