import { existsSync } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadBriefings } from "../content/load-briefings.ts";
import { displayPath } from "../content/content-error.ts";
import { DEFAULT_BRIEFINGS_DIR } from "../eleventy/briefings-plugin.ts";
import { loadTheme } from "../theme/load-theme.ts";
import { checkSiteLanguages, readSiteSettings, SITE_URL_VARIABLE } from "../feeds/site-settings.ts";
import { readInterfaceWords } from "../content/interface-words.ts";
import { readPaper } from "../pdf/paper.ts";
import type { Briefing } from "../content/briefing.ts";

/** Where a build reads from and writes to. */
export interface BuildOptions {
  /** The folder the finished site replaces. */
  outputDir: string;
  /** The folder of briefings; defaults to `BRIEFINGS_DIR` or src/briefings. */
  briefingsDir?: string;
  /**
   * Prints each briefing's PDF from the first pass of the site into `siteDir`. When given,
   * the site is rendered a second time so pages and feeds can state each PDF's exact size.
   */
  printPdfs?: (siteDir: string, briefings: Briefing[]) => Promise<void>;
  /** The site's base URL; defaults to `SITE_URL` or `url` in `_data/site.json`. */
  siteUrl?: string;
  /** Silence progress lines (for tests). */
  quiet?: boolean;
}

/**
 * Builds the whole site into a fresh staging folder and only then swaps it in for
 * `outputDir`, so a failed build never leaves a half-written or damaged site behind.
 * Content is checked first, so a content mistake stops the build before Eleventy runs.
 * @returns the number of milliseconds the build took
 */
export async function buildSite(options: BuildOptions): Promise<number> {
  const started = performance.now();
  const briefingsDir = path.resolve(options.briefingsDir ?? process.env.BRIEFINGS_DIR ?? DEFAULT_BRIEFINGS_DIR);
  const briefings = loadBriefings(briefingsDir);
  const theme = loadTheme("_data");
  const siteUrl = options.siteUrl ?? process.env[SITE_URL_VARIABLE];
  const settings = readSiteSettings("_data", siteUrl ? { [SITE_URL_VARIABLE]: siteUrl } : {});
  const { pathPrefix } = settings;
  checkSiteLanguages(settings, briefings, readInterfaceWords(), theme.logoText, "_data");
  readPaper("_data");

  const outputDir = path.resolve(options.outputDir);
  const parent = path.dirname(outputDir);
  const staging = await mkdtemp(path.join(parent, `.${path.basename(outputDir)}-next-`));
  const previous = `${staging}-previous`;
  const savedBriefingsDir = process.env.BRIEFINGS_DIR;
  const savedSiteUrl = process.env[SITE_URL_VARIABLE];
  try {
    // The Eleventy config reads the folder and base URL from the environment; set them for this build only.
    process.env.BRIEFINGS_DIR = briefingsDir;
    if (siteUrl) process.env[SITE_URL_VARIABLE] = siteUrl;
    await renderSite(staging, pathPrefix);
    if (options.printPdfs) {
      await options.printPdfs(staging, briefings);
      await renderSite(staging, pathPrefix);
    }
    if (existsSync(outputDir)) await rename(outputDir, previous);
    await rename(staging, outputDir);
    await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    if (savedBriefingsDir === undefined) delete process.env.BRIEFINGS_DIR;
    else process.env.BRIEFINGS_DIR = savedBriefingsDir;
    if (savedSiteUrl === undefined) delete process.env[SITE_URL_VARIABLE];
    else process.env[SITE_URL_VARIABLE] = savedSiteUrl;
  }
  const elapsed = performance.now() - started;
  if (!options.quiet) {
    const names = briefings.map((b) => b.slug).join(", ");
    console.log(`Built ${briefings.length} briefing${briefings.length === 1 ? "" : "s"} (${names}) into ${displayPath(outputDir)}/ in ${(elapsed / 1000).toFixed(1)} s`);
  }
  return elapsed;
}

/**
 * Eleventy's config: .eleventy.js (through tsx), or its compiled copy when scripts/run.mjs
 * runs the build from .cache/dist/ (it sets this at compile time).
 */
const ELEVENTY_CONFIG = process.env.BRIEFING_ELEVENTY_CONFIG ?? ".eleventy.js";

/**
 * One Eleventy run of the whole site into `outputDir`.
 * @param pathPrefix the base URL's path: Eleventy puts it before every root-relative link
 */
async function renderSite(outputDir: string, pathPrefix: string): Promise<void> {
  const eleventy = new Eleventy(undefined, outputDir, { quietMode: true, configPath: ELEVENTY_CONFIG, pathPrefix });
  await eleventy.write();
}
