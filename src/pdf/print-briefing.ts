import type { Browser, Page, PDFOptions } from "puppeteer-core";
import { getDocumentProxy } from "unpdf";
import { outlinePages, type OutlineEntry } from "./outline-pages.ts";
import { documentDates, setPdfMetadata, type PdfMetadata } from "./set-pdf-metadata.ts";
import { watchPageLoading, type LoadProblems } from "./watch-page-loading.ts";

/** A printed briefing. */
export interface PrintedPdf {
  bytes: Uint8Array;
  pages: number;
}

/** How long printing may take before it counts as hung. */
export const DEFAULT_PRINT_TIMEOUT_MS = 90_000;

/**
 * The paper size and margins come from the print edition's own `@page` rules, and so do the
 * running header and footer (CSS margin boxes), so Chromium's header and footer stay off.
 * Headings become the outline; tags make the file accessible.
 */
const PDF_OPTIONS: PDFOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  outline: true,
  tagged: true,
};

/** Contents entries never settle if writing page numbers keeps moving headings; give up after this. */
const MAX_PASSES = 4;

/**
 * Prints a briefing's print edition to PDF. The page must load completely from the loopback
 * server (see {@link watchPageLoading}); once its fonts and images are ready it is printed,
 * the page each contents entry points at is read from that PDF's outline and written into
 * the contents, and it is printed again until the numbers hold. Finally the document
 * properties are written from the page's metadata.
 * @param browser a running Chromium
 * @param url the print edition's URL on the loopback server
 * @param timeoutMs how long loading or printing may take
 * @throws Error naming what went wrong and the URL involved
 */
export async function printBriefing(browser: Browser, url: string, timeoutMs = DEFAULT_PRINT_TIMEOUT_MS): Promise<PrintedPdf> {
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(timeoutMs);
    const problems = await watchPageLoading(page, new URL(url).origin);
    await page.goto(url, { waitUntil: "networkidle0" });
    const brokenImages = await waitForFontsAndImages(page);
    problems.list.push(...brokenImages.map((src) => `the image ${src} did not load`));
    failOn(problems, url);

    const options = { ...PDF_OPTIONS, timeout: timeoutMs };
    let pdf = await page.pdf(options);
    for (let pass = 1; ; pass += 1) {
      const changed = await writeContentsPages(page, pdf);
      if (!changed) break;
      if (pass === MAX_PASSES) throw new Error(`the contents' page numbers kept changing after ${MAX_PASSES} prints of ${url}`);
      pdf = await page.pdf(options);
    }
    failOn(problems, url);

    const metadata = await readMetadata(page, url);
    const bytes = await setPdfMetadata(pdf, metadata);
    const parsed = await getDocumentProxy(bytes.slice());
    try {
      return { bytes, pages: parsed.numPages };
    } finally {
      await parsed.cleanup();
    }
  } finally {
    await page.close().catch(() => undefined);
  }
}

function failOn(problems: LoadProblems, url: string): void {
  if (problems.list.length > 0) throw new Error(`${url} did not load cleanly:\n    ${problems.list.join("\n    ")}`);
}

/**
 * Waits until the page's web fonts and images are ready. The running header and footer are
 * drawn only when printing, so the fonts for their text are loaded explicitly first:
 * otherwise glyphs only they use would fall back to a system font.
 * @returns the URLs of images that did not load
 */
async function waitForFontsAndImages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { marginFont, marginText } = document.documentElement.dataset;
    if (marginFont && marginText) await document.fonts.load(marginFont, marginText);
    await document.fonts.ready;
    await Promise.all(
      [...document.images].map((image) =>
        image.complete
          ? undefined
          : new Promise((resolve) => {
              image.addEventListener("load", resolve, { once: true });
              image.addEventListener("error", resolve, { once: true });
            }),
      ),
    );
    return [...document.images].filter((image) => image.naturalWidth === 0).map((image) => image.currentSrc || image.src);
  });
}

/**
 * Writes into each contents entry the page its heading landed on in `pdf`.
 * Each `[data-page-of]` slot names the element it points at; the first heading inside that
 * element is looked up in the PDF's outline, which Chromium builds from the headings.
 * @returns whether any number changed (and the page must be printed again)
 */
async function writeContentsPages(page: Page, pdf: Uint8Array): Promise<boolean> {
  const targets = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-page-of]")].map((slot) => {
      const id = slot.dataset.pageOf ?? "";
      const heading = document.getElementById(id)?.querySelector("h1, h2, h3, h4, h5, h6");
      return { id, heading: heading?.textContent ?? null };
    }),
  );
  if (targets.length === 0) return false;
  const parsed = await getDocumentProxy(pdf.slice());
  let outline: OutlineEntry[];
  try {
    outline = await outlinePages(parsed);
  } finally {
    await parsed.cleanup();
  }
  const pages: Record<string, string> = {};
  let from = 0;
  for (const target of targets) {
    if (target.heading === null) throw new Error(`a contents entry points at #${target.id}, which has no heading`);
    const wanted = normalise(target.heading);
    const index = outline.findIndex((entry, i) => i >= from && normalise(entry.title) === wanted);
    if (index < 0) throw new Error(`the heading "${wanted}" (#${target.id}) is missing from the PDF's outline`);
    pages[target.id] = String(outline[index]!.page);
    from = index + 1;
  }
  return page.evaluate((numbers: Record<string, string>) => {
    let changed = false;
    for (const slot of document.querySelectorAll<HTMLElement>("[data-page-of]")) {
      const number = numbers[slot.dataset.pageOf ?? ""] ?? "";
      if (slot.textContent !== number) {
        slot.textContent = number;
        changed = true;
      }
    }
    return changed;
  }, pages);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The document properties, from the print edition's <title>, <html lang> and <meta> tags. */
async function readMetadata(page: Page, url: string): Promise<PdfMetadata> {
  // No named helpers inside: tsx would wrap them in a `__name` call the page does not have.
  const found = await page.evaluate(() => {
    const meta: Record<string, string> = Object.fromEntries(
      [...document.querySelectorAll<HTMLMetaElement>("meta[name]")].map((element) => [element.name, element.content]),
    );
    return {
      title: document.title,
      author: meta.author ?? "",
      subject: meta.description ?? "",
      keywords: meta.keywords ?? "",
      language: document.documentElement.lang,
      created: meta["dcterms.created"] ?? "",
      modified: meta["dcterms.modified"] || meta["dcterms.created"] || "",
    };
  });
  const missing = (["title", "language", "created"] as const).filter((field) => !found[field]);
  if (missing.length > 0) throw new Error(`${url} does not state its ${missing.join(", ")} (see _includes/layouts/print.njk)`);
  return {
    title: found.title,
    author: found.author,
    subject: found.subject,
    keywords: found.keywords.split(",").map((k) => k.trim()).filter(Boolean),
    language: found.language,
    ...documentDates(found.created, found.modified),
  };
}
