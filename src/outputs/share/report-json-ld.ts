import type { Briefing } from "../../content/briefing.ts";
import type { PdfInfo } from "../pdf/read-pdf-info.ts";

/** Where a briefing and its files live, as absolute URLs. */
export interface ReportUrls {
  /** The briefing's cover page. */
  briefing: string;
  /** The share image. */
  image: string;
  /** The PDF, when the build printed it. */
  pdf?: string;
}

/**
 * A briefing as schema.org `Report` JSON-LD, so search engines know what it is, who
 * published it, when, in which language, what it is based on and where its PDF is.
 * @param briefing the briefing
 * @param urls its absolute addresses
 * @param pdf the printed PDF's size and pages, when there is one
 */
export function reportJsonLd(briefing: Briefing, urls: ReportUrls, pdf?: PdfInfo): Record<string, unknown> {
  const publisher = { "@type": "Organization", name: briefing.publisher };
  const source = briefing.source;
  const basedOn: Record<string, unknown> = {
    "@type": "CreativeWork",
    name: source.title,
    publisher: { "@type": "Organization", name: source.publisher },
    datePublished: source.date,
  };
  if (source.author) basedOn.author = { "@type": "Person", name: source.author };
  if (source.url) basedOn.url = source.url;
  const report: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Report",
    "@id": urls.briefing,
    url: urls.briefing,
    mainEntityOfPage: urls.briefing,
    headline: briefing.title,
    name: briefing.title,
    description: briefing.summary,
    datePublished: briefing.date,
    dateModified: briefing.updated,
    inLanguage: briefing.language,
    publisher,
    author: publisher,
    image: urls.image,
    isBasedOn: basedOn,
  };
  if (briefing.subtitle) report.alternativeHeadline = briefing.subtitle;
  if (briefing.tags.length > 0) {
    report.keywords = briefing.tags;
    report.about = briefing.tags.map((tag) => ({ "@type": "Thing", name: tag }));
  }
  if (urls.pdf && pdf) {
    report.encoding = {
      "@type": "MediaObject",
      contentUrl: urls.pdf,
      encodingFormat: "application/pdf",
      contentSize: `${pdf.bytes} B`,
      inLanguage: briefing.language,
    };
  }
  return report;
}
