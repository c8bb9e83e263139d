/**
 * Where the project keeps things by default, relative to the folder commands run in (the
 * project's own). Each is named once here; a command's entry may point one elsewhere
 * (BRIEFINGS_DIR, BUILD_OUTPUT_DIR, BUILD_CACHE_DIR), never a module below it.
 */

/** The folder of briefings, one sub-folder each. */
export const DEFAULT_BRIEFINGS_DIR = "src/briefings";

/** Eleventy's global data folder: `site.json`, `themes.json`, `labels/`. */
export const DATA_DIR = "_data";

/** Where a build publishes the site. */
export const DEFAULT_OUTPUT_DIR = "output";

/** Where builds keep what they can reuse (font subsets, share images, PDFs, the compiled scripts). */
export const DEFAULT_CACHE_DIR = ".cache";

/** Where `npm run setup` records the browser it found or installed. */
export const BROWSER_PATH_FILE = ".cache/chromium-path";
