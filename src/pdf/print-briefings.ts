import { existsSync, readdirSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import { UserFacingError } from "../cli/run-command.ts";
import { launchBrowser } from "../browser/launch-browser.ts";
import { serveFolder } from "../serve/serve-folder.ts";
import { pdfUrl } from "../eleventy/pdf-files-plugin.ts";
import { formatBytes } from "../filters/format-bytes.ts";
import { DEFAULT_PRINT_TIMEOUT_MS, printBriefing } from "./print-briefing.ts";

/** One PDF written by {@link printBriefings}. */
export interface PrintedFile {
  slug: string;
  file: string;
  bytes: number;
  pages: number;
  seconds: number;
}

/** How {@link printBriefings} runs. */
export interface PrintBriefingsOptions {
  /** Where each progress line goes; defaults to the console, `false` for none. */
  log?: ((line: string) => void) | false;
  /** Starts the browser; defaults to {@link launchBrowser}. Tests pass one that notes its process. */
  launch?: () => Promise<Browser>;
  /** How long one briefing may take to load or print. */
  timeoutMs?: number;
}

/**
 * Prints the PDF of each briefing from a built site: serves `siteDir` on a loopback port of
 * its own, prints each briefing's print edition (`/<slug>/print/`) with one Chromium and
 * writes it to `/<slug>/<slug>.pdf` in the same folder. PDFs are written only when every
 * briefing printed, so a failure leaves the folder's PDFs as they were. The browser is
 * closed whatever happens.
 * @param siteDir the built site
 * @param slugs the briefings to print
 * @throws UserFacingError naming the briefing and the cause
 */
export async function printBriefings(siteDir: string, slugs: string[], options: PrintBriefingsOptions = {}): Promise<PrintedFile[]> {
  if (slugs.length === 0) return [];
  const log = options.log === false ? () => undefined : (options.log ?? ((line: string) => console.log(line)));
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const printed: Array<PrintedFile & { data: Uint8Array }> = [];
  const server = await serveFolder(siteDir);
  let browser: Browser | undefined;
  try {
    browser = await (options.launch ?? launchBrowser)();
    for (const slug of slugs) {
      const started = performance.now();
      let result;
      try {
        result = await printBriefing(browser, `${server.url}${slug}/print/`, timeoutMs);
      } catch (error) {
        throw new UserFacingError(`Could not print the PDF of the briefing "${slug}": ${describe(error)}`, { cause: error });
      }
      const seconds = (performance.now() - started) / 1000;
      const file = path.join(siteDir, pdfUrl(slug));
      printed.push({ slug, file, bytes: result.bytes.length, pages: result.pages, seconds, data: result.bytes });
      log(`${path.basename(file)}  ${result.pages} pages  ${formatBytes(result.bytes.length)}  ${seconds.toFixed(1)} s`);
    }
  } finally {
    await closeBrowser(browser);
    await server.close();
  }
  for (const { file, data } of printed) await writeAtomically(file, data);
  return printed.map(({ data: _data, ...file }) => file);
}

/** Closes the browser; if it no longer answers (it crashed or hangs), kills its process. */
async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  try {
    await browser.close();
  } catch {
    browser.process()?.kill("SIGKILL");
  }
}

/** Writes next to the target and renames, so a reader never sees half a PDF. */
async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  await writeFile(partial, data);
  await rename(partial, file);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    // Puppeteer prefixes protocol errors with the method name; the reader needs the rest.
    return error.message.replace(/^Protocol error \([^)]*\): /, "");
  }
  return String(error);
}

/**
 * The briefings a built site has print editions for: each folder with `print/index.html`.
 * @param siteDir the built site
 */
export function printEditionsIn(siteDir: string): string[] {
  return readdirSafe(siteDir).filter((name) => existsSync(path.join(siteDir, name, "print", "index.html"))).sort();
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
