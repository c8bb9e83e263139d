import type { Browser, Page, PDFOptions } from "puppeteer-core";
import { PDFDocument } from "pdf-lib";
import { markOutlineHeadings } from "./outline-headings.ts";
import { namedDestinations } from "./named-destinations.ts";
import { writeOutline } from "./write-outline.ts";
import { normaliseStructureIds } from "./normalise-structure-ids.ts";
import { documentDates, saveWithContentId, setPdfMetadata, type PdfMetadata } from "./set-pdf-metadata.ts";
import { watchPageLoading, type LoadProblems } from "../../base/watch-page-loading.ts";
import { loopbackLinks, pointLinksAtSite } from "./links-to-site.ts";
import { describeLinks } from "./describe-links.ts";
import { regroupFigures } from "./regroup-figures.ts";

/** A printed briefing. */
export interface PrintedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Site paths of the files the print edition loaded besides itself (CSS, fonts, images). */
  assets: string[];
}

/** How long printing may take before it counts as hung. */
export const DEFAULT_PRINT_TIMEOUT_MS = 90_000;

/** The steps of printing one briefing, as a timeout message names them. */
export type PrintStep = "loading the print edition" | "waiting for its fonts and images" | "printing" | "finishing the PDF";

/** Printing one briefing took longer than allowed; says during which step. */
export class PrintTimeoutError extends Error {
  override name = "PrintTimeoutError";
  /**
   * @param step what the printer was doing
   * @param timeoutMs the limit that was exceeded
   */
  constructor(
    readonly step: PrintStep,
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(`timed out after ${Math.round(timeoutMs / 1000)} s while ${step}`, options);
  }
}

/**
 * The paper size and margins come from the print edition's own `@page` rules, and so do the
 * running header and footer (CSS margin boxes), so Chromium's header and footer stay off.
 * Tags make the file accessible. The outline is written afterwards from the headings
 * (see writeOutline), so Chromium's own is not asked for.
 */
export const PDF_OPTIONS: Readonly<PDFOptions> = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  outline: false,
  tagged: true,
};

/** Where one print edition is and how it is printed. */
export interface PrintTarget {
  /** The print edition's URL on the loopback server. */
  url: string;
  /** The loopback server's base URL, e.g. `http://127.0.0.1:41234/`. */
  serverUrl: string;
  /** The published site's base URL, ending in "/": links in the PDF point there. */
  siteUrl: string;
  /** How long loading or printing may take. */
  timeoutMs?: number;
  /** SOURCE_DATE_EPOCH, which dates the PDF when set (see documentDates). */
  sourceDateEpoch?: string;
}

/** Contents entries never settle if writing page numbers keeps moving headings; give up after this. */
const MAX_PASSES = 4;

/**
 * Prints a briefing's print edition to PDF. The page must load completely from the loopback
 * server (see {@link watchPageLoading}); once its fonts and images are ready it is printed,
 * the page each contents entry points at is read from the PDF's named destinations and
 * written into the contents, and it is printed again until the numbers hold. Finally the
 * outline is written from the headings and the document properties from the page's metadata.
 * Links that lead to the print server are pointed at the published site first, and the
 * finished PDF is checked to hold no link to this machine.
 * @param browser a running Chromium
 * @param target the print edition, the servers and the time allowed
 * @throws PrintTimeoutError when a step takes too long
 * @throws Error naming what went wrong and the URL involved
 */
export async function printBriefing(browser: Browser, target: PrintTarget): Promise<PrintedPdf> {
  const timeoutMs = target.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const progress: { step: PrintStep } = { step: "loading the print edition" };
  // Each step has its own limit, but a browser call that never answers has none: this bounds
  // the whole, so a stuck page ends in the same message instead of hanging the build.
  const deadline = timeoutMs * (MAX_PASSES + 2);
  try {
    return await withTimeout(printOnPage(browser, target, timeoutMs, progress), deadline);
  } catch (error) {
    if (error instanceof PrintTimeoutError) throw error;
    if (isTimeout(error)) throw new PrintTimeoutError(progress.step, timeoutMs, { cause: error });
    throw error;
  }
}

async function printOnPage(browser: Browser, target: PrintTarget, timeoutMs: number, progress: { step: PrintStep }): Promise<PrintedPdf> {
  const { url, serverUrl, siteUrl } = target;
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(timeoutMs);
    const problems = await watchPageLoading(page, new URL(url).origin);
    const assets = new Set<string>();
    page.on("requestfinished", (request) => {
      const loaded = request.url();
      if (loaded.startsWith(serverUrl) && loaded !== url) assets.add(`/${loaded.slice(serverUrl.length)}`);
    });
    await page.goto(url, { waitUntil: "load" });
    progress.step = "waiting for its fonts and images";
    const brokenImages = await withTimeout(waitForFontsAndImages(page), timeoutMs);
    problems.list.push(...brokenImages.map((src) => `the image ${src} did not load`));
    failOn(problems, url);
    const headings = await markOutlineHeadings(page);
    await pointLinksAtSite(page, serverUrl, siteUrl);

    progress.step = "printing";
    const options = { ...PDF_OPTIONS, timeout: timeoutMs };
    let document = await PDFDocument.load(await page.pdf(options), { updateMetadata: false });
    for (let pass = 1; ; pass += 1) {
      const changed = await writeContentsPages(page, document);
      if (!changed) break;
      if (pass === MAX_PASSES) throw new Error(`the contents' page numbers kept changing after ${MAX_PASSES} prints of ${url}`);
      document = await PDFDocument.load(await page.pdf(options), { updateMetadata: false });
    }
    failOn(problems, url);

    progress.step = "finishing the PDF";
    const loopback = loopbackLinks(document);
    if (loopback.length > 0) throw new Error(`links in ${url} would point at this machine in the PDF: ${loopback.join(", ")}`);
    writeOutline(document, headings, namedDestinations(document));
    normaliseStructureIds(document);
    // PDF/UA (the gate checks it): figures that group a caption and a chart are divisions, and every link says what it is.
    regroupFigures(document);
    await describeLinks(document);
    setPdfMetadata(document, await readMetadata(page, url, target.sourceDateEpoch));
    return { bytes: await saveWithContentId(document), pages: document.getPageCount(), assets: [...assets].sort() };
  } catch (error) {
    if (isTimeout(error)) throw new PrintTimeoutError(progress.step, timeoutMs, { cause: error });
    throw error;
  } finally {
    // A page stuck in a timed-out load or print may never answer `close`; the browser is
    // closed (or killed) after the run anyway, so waiting a few seconds is enough.
    await withTimeout(page.close(), PAGE_CLOSE_TIMEOUT_MS).catch(() => undefined);
  }
}

/** How long closing a page may take before it is left to the browser's own closing. */
const PAGE_CLOSE_TIMEOUT_MS = 5_000;

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || /timed? ?out/i.test(error.message));
}

/** Rejects with a TimeoutError when `promise` takes longer than `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`timed out after ${ms} ms`), { name: "TimeoutError" })), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
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
 * Writes into each contents entry the page its target landed on in the printed `document`.
 * Each `[data-page-of]` slot names the element it points at; the contents links to that
 * element, so Chromium wrote a named destination for it, which says the page exactly.
 * @returns whether any number changed (and the page must be printed again)
 */
async function writeContentsPages(page: Page, pdf: PDFDocument): Promise<boolean> {
  const targets = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>("[data-page-of]")].map((slot) => slot.dataset.pageOf ?? ""));
  if (targets.length === 0) return false;
  const destinations = namedDestinations(pdf);
  const pages: Record<string, string> = {};
  for (const id of targets) {
    const destination = destinations.get(id);
    if (!destination) throw new Error(`a contents entry points at #${id}, which was not printed (no element has that id, or no link points at it)`);
    pages[id] = String(destination.pageIndex + 1);
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

/** The document properties, from the print edition's <title>, <html lang> and <meta> tags. */
async function readMetadata(page: Page, url: string, sourceDateEpoch: string | undefined): Promise<PdfMetadata> {
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
    ...documentDates(found.created, found.modified, sourceDateEpoch),
  };
}
