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
  /** For an edition in another language: the briefing in its own language, which it translates. */
  translationOf?: LanguageVersion;
  /** For a briefing with editions: each edition in another language. */
  translations?: LanguageVersion[];
}

/** A briefing's cover in one language, as an absolute URL. */
export interface LanguageVersion {
  url: string;
  language: string;
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
  // Editions are one work in several languages (schema.org's translationOfWork and workTranslation).
  const work = (version: LanguageVersion) => ({ "@type": "Report", "@id": version.url, url: version.url, inLanguage: version.language });
  if (urls.translationOf) report.translationOfWork = work(urls.translationOf);
  if (urls.translations && urls.translations.length > 0) report.workTranslation = urls.translations.map(work);
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
