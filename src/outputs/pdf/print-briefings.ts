import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import pLimit from "p-limit";
import type { Browser } from "puppeteer-core";
import { UserFacingError } from "../../base/user-facing-error.ts";
import { browserVersion } from "../../base/browser-version.ts";
import { closeBrowser, launchBrowser, type BrowserOptions } from "../../base/launch-browser.ts";
import { PdfCache, printingSetup } from "./pdf-cache.ts";
import { serveFolder } from "../../base/serve-folder.ts";
import { pdfUrl, printEditionUrl } from "../../content/paths/briefing-paths.ts";
import { formatBytes } from "../../render/format/format-bytes.ts";
import { DEFAULT_PRINT_TIMEOUT_MS, PrintTimeoutError, printBriefing } from "./print-briefing.ts";
import { progressLine } from "./progress-line.ts";

/** One PDF written by {@link printBriefings}. */
export interface PrintedFile {
  /** Which PDF (pdfKey): `<slug>`, or `<slug>/<edition>` for an edition in another language. */
  key: string;
  file: string;
  bytes: number;
  pages: number;
  seconds: number;
  /** Whether the PDF came from the cache rather than from Chromium. */
  reused: boolean;
}

/** Where {@link printBriefings} keeps and finds PDFs printed before. */
export interface CacheOptions {
  /** The cache folder written to (RunOptions.pdfCacheDir). */
  dir: string;
  /** More cache folders to reuse PDFs from, e.g. the folders shards printed into. */
  alsoReadFrom?: string[];
  /** Refuse to print: every PDF must come from a cache (merging shards). */
  requireCached?: boolean;
}

/** How {@link printBriefings} runs. */
export interface PrintBriefingsOptions {
  /** The published site's base URL, ending in "/": links in the PDFs point there. */
  siteUrl: string;
  /** Which browser prints. */
  browser?: BrowserOptions;
  /** SOURCE_DATE_EPOCH, which dates every PDF when set (see documentDates). */
  sourceDateEpoch?: string;
  /**
   * Receives one line per PDF as it finishes. By default a terminal shows a progress line
   * (n/N, rate, time left) and a log (CI) only the closing summary; `false` for nothing.
   */
  log?: ((line: string) => void) | false;
  /** Starts the browser; defaults to {@link launchBrowser} with `browser`. Tests pass one that notes its process. */
  launch?: () => Promise<Browser>;
  /** How long one briefing may take to load or print. */
  timeoutMs?: number;
  /** How many print editions print at once, in pages of one browser; defaults to the number of CPUs. */
  concurrency?: number;
  /** Reuse PDFs printed before from exactly the same print edition and assets; none when absent. */
  cache?: CacheOptions;
}

/**
 * Prints the PDF of each edition of each briefing from a built site: serves `siteDir` on a
 * loopback port of its own and prints each print edition (`/<key>/print/`, see printEditionUrl)
 * in one Chromium, several pages at once, to its pdfUrl in the same folder
 * (`/<slug>/<slug>.pdf`, `/<slug>/<edition>/<slug>-<edition>.pdf`). Each PDF is written to disk as it
 * finishes (so memory does not grow with the number of briefings), under a temporary name, and
 * all are renamed into place only when every briefing printed: a failure leaves the folder's
 * PDFs as they were. The browser is closed whatever happens. The bytes do not depend on the
 * order or the number of pages printing at once.
 * @param siteDir the built site
 * @param keys the PDFs to print, by pdfKey
 * @throws UserFacingError naming the briefing (and edition) and the cause
 */
export async function printBriefings(siteDir: string, keys: string[], options: PrintBriefingsOptions): Promise<PrintedFile[]> {
  if (keys.length === 0) return [];
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const { siteUrl } = options;
  const concurrency = Math.max(1, Math.min(keys.length, options.concurrency ?? availableParallelism()));
  const report = reporter(options.log, keys.length);
  const printed: PrintedFile[] = [];
  const partials = new Set<string>();
  const started = performance.now();
  // Served under the site's own sub-path, as its pages' root-relative links expect.
  const server = await serveFolder(siteDir, new URL(siteUrl).pathname);
  let browser: Browser | undefined;
  let starting: Promise<Browser> | undefined;
  const browserNow = () => (starting ??= (options.launch ?? (() => launchBrowser(options.browser)))().then((started) => (browser = started)));
  try {
    const cache = options.cache && (await openCache(options, options.cache, browserNow));
    const limit = pLimit(concurrency);
    let failed = false;
    // Every task settles before cleaning up, so none writes a file after the cleanup ran.
    const settled = await Promise.allSettled(
      keys.map((key) =>
        limit(async () => {
          if (failed) return;
          const begun = performance.now();
          const file = path.join(siteDir, pdfUrl(key));
          const partial = `${file}.partial`;
          await mkdir(path.dirname(file), { recursive: true });
          const cached = await cache?.find(siteDir, key);
          if (cached) {
            partials.add(partial);
            await PdfCache.copy(cached.file, partial);
            const done: PrintedFile = { key, file, bytes: statSync(partial).size, pages: cached.pages, seconds: (performance.now() - begun) / 1000, reused: true };
            printed.push(done);
            report.printed(done, (performance.now() - started) / 1000);
            return;
          }
          if (options.cache?.requireCached) {
            failed = true;
            const looked = [options.cache.dir, ...(options.cache.alsoReadFrom ?? [])].join(", ");
            throw new UserFacingError(`The PDF of ${nameOf(key)} was not printed by any shard (looked in ${looked}), or was printed from a different site. Run every shard on the same commit, then merge.`);
          }
          let result;
          try {
            result = await printBriefing(await browserNow(), { url: `${server.url}${printEditionUrl(key).slice(1)}`, serverUrl: server.url, siteUrl, timeoutMs, sourceDateEpoch: options.sourceDateEpoch });
          } catch (error) {
            failed = true;
            if (error instanceof UserFacingError) throw error;
            throw new UserFacingError(`Could not print the PDF of ${nameOf(key)}: ${describe(error, siteDir, key)}`, { cause: error });
          }
          partials.add(partial);
          await writeFile(partial, result.bytes);
          await cache?.store(siteDir, key, result.bytes, result.pages, result.assets);
          const done: PrintedFile = { key, file, bytes: result.bytes.length, pages: result.pages, seconds: (performance.now() - begun) / 1000, reused: false };
          printed.push(done);
          report.printed(done, (performance.now() - started) / 1000);
        }),
      ),
    );
    const failure = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failure) throw failure.reason;
  } catch (error) {
    await Promise.all([...partials].map((partial) => rm(partial, { force: true })));
    throw error;
  } finally {
    report.end();
    await starting?.catch(() => undefined);
    await closeBrowser(browser);
    await server.close();
  }
  for (const partial of partials) await rename(partial, partial.slice(0, -".partial".length));
  report.summary(printed, (performance.now() - started) / 1000);
  const order = new Map(keys.map((key, index) => [key, index]));
  return printed.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}

/**
 * Opens the PDF cache for this run. Its entries depend on the Chromium version: a local
 * binary is asked with `--version` (no browser is started when every PDF is cached); a
 * remote browser is connected to and asked. Without a version there is no cache.
 */
async function openCache(options: PrintBriefingsOptions, cache: CacheOptions, browserNow: () => Promise<Browser>): Promise<PdfCache | undefined> {
  const version = await browserVersion(options.browser ?? {}, browserNow);
  if (!version) return undefined;
  return new PdfCache(cache.dir, printingSetup({ chromiumVersion: version, siteUrl: options.siteUrl, sourceDateEpoch: options.sourceDateEpoch }), cache.alsoReadFrom);
}

/** Where progress goes: a given log gets one line per PDF; otherwise a terminal gets a live line and everyone a summary. */
function reporter(log: PrintBriefingsOptions["log"], total: number) {
  const live = log === undefined && process.stdout.isTTY === true;
  let shown = false;
  let count = 0;
  return {
    printed(file: PrintedFile, elapsed: number) {
      if (typeof log === "function") log(`${path.basename(file.file)}  ${file.pages} pages  ${formatBytes(file.bytes)}  ${file.reused ? "unchanged, from the cache" : `${file.seconds.toFixed(1)} s`}`);
      if (live) {
        count += 1;
        process.stdout.write(`\r${progressLine(count, total, elapsed)}\u001b[K`);
        shown = true;
      }
    },
    end() {
      if (shown) process.stdout.write("\n");
      shown = false;
    },
    summary(printed: PrintedFile[], elapsed: number) {
      if (log !== undefined) return;
      const fresh = printed.filter((file) => !file.reused);
      const bytes = fresh.reduce((sum, file) => sum + file.bytes, 0);
      const pages = fresh.reduce((sum, file) => sum + file.pages, 0);
      const reused = printed.length - fresh.length;
      const printedPart = `Printed ${fresh.length} PDF${fresh.length === 1 ? "" : "s"}${fresh.length > 0 ? ` (${pages} pages, ${formatBytes(bytes)})` : ""}`;
      console.log(`${printedPart}${reused > 0 ? `, reused ${reused} unchanged from the cache` : ""} in ${elapsed.toFixed(1)} s`);
    },
  };
}

/** The PDF a message is about: `the briefing "a"`, `the en edition of the briefing "a"`. */
function nameOf(key: string): string {
  const [slug, edition] = key.split("/");
  return edition === undefined ? `the briefing "${slug}"` : `the ${edition} edition of the briefing "${slug}"`;
}

/** What went wrong, for a person: a timeout names the step and the size of the print edition. */
function describe(error: unknown, siteDir: string, key: string): string {
  if (error instanceof PrintTimeoutError) {
    const file = path.join(siteDir, key, "print", "index.html");
    const size = existsSync(file) ? statSync(file).size : 0;
    return (
      `${error.message}. Its print edition (${key}/print/index.html) is ${formatBytes(size)} of HTML; ` +
      `${size > 2_000_000 ? "an edition this large is the likely cause: shorten or split its longest sections" : "the machine may be overloaded, or a font or image never finished loading"}.`
    );
  }
  if (error instanceof Error) {
    // Puppeteer prefixes protocol errors with the method name; the reader needs the rest.
    return error.message.replace(/^Protocol error \([^)]*\): /, "");
  }
  return String(error);
}

/**
 * The PDFs a built site has print editions for, by pdfKey: each briefing folder with
 * `print/index.html`, and each of its edition folders with one (`<slug>/<edition>/print/`).
 * @param siteDir the built site
 */
export function printEditionsIn(siteDir: string): string[] {
  const hasPrintEdition = (key: string) => existsSync(path.join(siteDir, key, "print", "index.html"));
  const briefings = readdirSafe(siteDir).filter(hasPrintEdition);
  const editions = briefings.flatMap((slug) => readdirSafe(path.join(siteDir, slug)).map((name) => `${slug}/${name}`).filter(hasPrintEdition));
  return [...briefings, ...editions].sort();
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
