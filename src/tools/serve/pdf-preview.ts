import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import { closeBrowser, launchBrowser, type BrowserOptions } from "../../base/launch-browser.ts";
import { pdfUrl, printEditionUrl } from "../../content/paths/briefing-paths.ts";
import { formatBytes } from "../../render/format/format-bytes.ts";
import { printBriefing } from "../../outputs/pdf/print-briefing.ts";
import { printEditionsIn } from "../../outputs/pdf/print-briefings.ts";
import { serveFolder, type FolderServer } from "../../base/serve-folder.ts";
import type { PrintRequest } from "./briefings-edited.ts";

/** How a {@link PdfPreview} runs. */
export interface PdfPreviewOptions {
  /** The folder the preview is written to (Eleventy's output). */
  siteDir: string;
  /** The published site's base URL, which links in the PDFs point at. */
  siteUrl: string;
  /** Which browser prints. */
  browser?: BrowserOptions;
  /** SOURCE_DATE_EPOCH, which dates the PDFs when set. */
  sourceDateEpoch?: string;
  /** How long to wait after the last request before printing, so a burst of saves prints once. */
  debounceMs?: number;
  /** Called after PDFs were written, with their keys (pdfKey: `<slug>`, `<slug>/<edition>`). */
  onPrinted?: (keys: string[]) => void | Promise<void>;
  /** Where progress and problems go. */
  log?: (line: string) => void;
  /** Starts the browser; defaults to {@link launchBrowser} with `browser`. */
  launch?: () => Promise<Browser>;
}

/** Re-prints the PDFs of a live preview. */
export interface PdfPreview {
  /** Asks for these briefings to be printed once the saves have settled. */
  schedule(request: PrintRequest): void;
  /** Resolves when nothing is waiting or printing. */
  idle(): Promise<void>;
  /** Stops: waits for a print under way, then closes the browser and the server. */
  close(): Promise<void>;
  /** Ends the browser's process at once; for when the program is exiting and cannot wait. */
  kill(): void;
}

/**
 * Keeps the PDFs of `npm run serve` up to date: requests are debounced, the briefings asked for
 * are printed one after another with the same PDF code as the build (src/outputs/pdf/print-briefing.ts)
 * from a loopback server of the preview folder, and each PDF replaces the old one in one rename.
 * One Chromium is started on the first print and kept open until {@link PdfPreview.close}; if it
 * crashed, the next print starts another. A briefing that fails to print is reported and
 * the preview carries on.
 */
export function createPdfPreview(options: PdfPreviewOptions): PdfPreview {
  const log = options.log ?? ((line: string) => console.log(line));
  const debounceMs = options.debounceMs ?? 300;
  let wanted: Set<string> | "all" | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let browser: Browser | undefined;
  let server: FolderServer | undefined;
  const { siteUrl } = options;
  let closed = false;
  const waiters: Array<() => void> = [];

  const settle = () => {
    if (!timer && !running && wanted === undefined) waiters.splice(0).forEach((resolve) => resolve());
  };

  const run = async (): Promise<void> => {
    const request = wanted;
    wanted = undefined;
    if (request === undefined || closed) return;
    // An edited briefing's every edition is printed again: they share its data.
    const keys = printEditionsIn(options.siteDir).filter((key) => request === "all" || request.has(key.split("/")[0]!));
    const printed: string[] = [];
    for (const key of keys) {
      const started = performance.now();
      try {
        server ??= await serveFolder(options.siteDir);
        if (!browser?.connected) browser = await (options.launch ?? (() => launchBrowser(options.browser)))();
        const result = await printBriefing(browser, { url: `${server.url}${printEditionUrl(key).slice(1)}`, serverUrl: server.url, siteUrl, sourceDateEpoch: options.sourceDateEpoch });
        const file = path.join(options.siteDir, pdfUrl(key));
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(`${file}.partial`, result.bytes);
        await rename(`${file}.partial`, file);
        printed.push(key);
        log(`Printed ${path.basename(file)}  ${result.pages} pages  ${formatBytes(result.bytes.length)}  ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        log(`Could not print the PDF of "${key}": ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (printed.length > 0) await options.onPrinted?.(printed);
  };

  const start = () => {
    timer = undefined;
    if (running) return; // the print under way picks the request up when it ends
    running = (async () => {
      while (wanted !== undefined && !closed) await run();
    })().finally(() => {
      running = undefined;
      settle();
    });
  };

  return {
    schedule(request) {
      if (closed) return;
      if (request === "all" || wanted === "all") wanted = "all";
      else wanted = new Set([...(wanted ?? []), ...request]);
      if (timer) clearTimeout(timer);
      timer = setTimeout(start, debounceMs);
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      wanted = undefined;
      await running;
      await closeBrowser(browser);
      await server?.close();
      settle();
    },
    kill() {
      closed = true;
      if (timer) clearTimeout(timer);
      const child = browser?.process();
      if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

