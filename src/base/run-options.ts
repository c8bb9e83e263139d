import path from "node:path";
import type { BrowserOptions } from "./launch-browser.ts";
import { DEFAULT_CACHE_DIR } from "./project-paths.ts";

/**
 * How this machine runs a command, as opposed to what the site says (Settings): where caches
 * live, which browser prints, how many pages print at once. A command's entry reads these from
 * the environment once (src/tools/cli/environment.ts) and passes them down; no module below an
 * entry reads the environment itself.
 */
export interface RunOptions {
  /** The build's cache folder, absolute (BUILD_CACHE_DIR, else `.cache`). */
  cacheDir: string;
  /** Where printed PDFs are kept between builds, absolute (PDF_CACHE_DIR, else `<cacheDir>/pdf`). */
  pdfCacheDir: string;
  /** Which browser renders and prints. */
  browser: BrowserOptions;
  /** How many print editions print at once (PDF_CONCURRENCY); the number of CPUs when absent. */
  pdfConcurrency?: number;
  /** SOURCE_DATE_EPOCH as given, the reproducible-builds moment every PDF is dated, when set. */
  sourceDateEpoch?: string;
  /** Whether `npm run serve` prints PDFs as briefings are edited (BRIEFING_PREVIEW_PDF=off turns it off). */
  previewPdf: boolean;
}

/**
 * Run options with everything not given at its default: the project's `.cache`, the browser
 * `npm run setup` found, as many PDFs at once as there are CPUs.
 * @param given the options to set
 */
export function runOptions(given: Partial<RunOptions> = {}): RunOptions {
  const cacheDir = path.resolve(given.cacheDir ?? DEFAULT_CACHE_DIR);
  return {
    cacheDir,
    pdfCacheDir: path.resolve(given.pdfCacheDir ?? path.join(cacheDir, "pdf")),
    browser: given.browser ?? {},
    pdfConcurrency: given.pdfConcurrency,
    sourceDateEpoch: given.sourceDateEpoch,
    previewPdf: given.previewPdf ?? true,
  };
}
