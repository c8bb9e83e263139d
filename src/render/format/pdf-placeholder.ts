/**
 * Placeholders for a PDF's size and page count, which are known only after the site that
 * contains the print edition has been rendered and printed. The build renders the site once
 * with these tokens where pages and feeds state a PDF's size and pages, prints, and then
 * writes the exact values into the few files that hold a token (see fillPdfPlaceholders).
 * Tokens use only characters that HTML, XML and JSON leave as they are. Each names its PDF by
 * its key (pdfKey: `<slug>` or `<slug>/<edition>`), so every edition's pages state its own PDF.
 */
const TOKEN = /@@pdf-(bytes|pages|size|page-count):([a-z0-9-]+(?:\/[a-z0-9-]+)?)(?::([A-Za-z0-9-]+))?@@/g;

/** Any of the placeholders, for code that must leave them whole (phrase breaks). */
export const PDF_PLACEHOLDER_PATTERN: RegExp = TOKEN;

/** Whether a value is one of the placeholders below. */
export function isPdfPlaceholder(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("@@pdf-");
}

/**
 * The stand-ins for a PDF's size in bytes and its page count.
 * @param key the PDF's key (pdfKey): the briefing's slug, or `<slug>/<edition>`
 */
export function pdfPlaceholders(key: string): { bytes: string; pages: string } {
  return { bytes: `@@pdf-bytes:${key}@@`, pages: `@@pdf-pages:${key}@@` };
}

/**
 * The stand-in for a PDF's size as formatBytes would write it in `locale`.
 * @param bytesPlaceholder the bytes placeholder of the briefing
 * @param locale the page's language
 */
export function sizePlaceholder(bytesPlaceholder: string, locale: string): string {
  return bytesPlaceholder.replace("@@pdf-bytes:", "@@pdf-size:").replace(/@@$/, `:${locale}@@`);
}

/**
 * The stand-in for a PDF's page count as formatPdfPages would write it in `locale` ("12 pages",
 * "12 страниц"): the plural form depends on the count, so the words wait for it too.
 * @param pagesPlaceholder the pages placeholder of the briefing
 * @param locale the page's language
 */
export function pageCountPlaceholder(pagesPlaceholder: string, locale: string): string {
  return pagesPlaceholder.replace("@@pdf-pages:", "@@pdf-page-count:").replace(/@@$/, `:${locale}@@`);
}

/** How the filled values are written: a size and a page count in a language. */
export interface PdfFactWriters {
  size: (bytes: number, locale: string) => string;
  pageCount: (pages: number, locale: string) => string;
}

/** The real values a placeholder stands for. */
export interface PdfFacts {
  bytes: number;
  pages: number;
}

/**
 * Writes the real size and page count where `text` holds placeholders. In JSON a number
 * placeholder was written as a string, so its quotes go too.
 * @param text a rendered page or feed
 * @param facts each PDF, by its key (pdfKey)
 * @param write formats a size in bytes and a page count for a language (the formatBytes and formatPdfPages filters)
 * @param json whether `text` is JSON
 * @throws Error for a placeholder of a briefing without a PDF
 */
export function fillPdfPlaceholders(text: string, facts: ReadonlyMap<string, PdfFacts>, write: PdfFactWriters, json: boolean): string {
  const fill = (kind: string, key: string, locale: string | undefined): string => {
    const pdf = facts.get(key);
    if (!pdf) throw new Error(`a page states the PDF of "${key}", which was not printed`);
    if (kind === "pages") return String(pdf.pages);
    if (kind === "bytes") return String(pdf.bytes);
    if (kind === "page-count") return write.pageCount(pdf.pages, locale ?? "en");
    return write.size(pdf.bytes, locale ?? "en");
  };
  const quoted = json ? text.replace(new RegExp(`"${TOKEN.source}"`, "g"), (_, kind: string, key: string, locale?: string) => (kind === "size" || kind === "page-count" ? JSON.stringify(fill(kind, key, locale)) : fill(kind, key, locale))) : text;
  return quoted.replace(TOKEN, (_, kind: string, key: string, locale?: string) => fill(kind, key, locale));
}
