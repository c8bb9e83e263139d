import { rmSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadBriefings } from "../../content/load-briefings.ts";
import { displayPath } from "../../base/display-path.ts";
import { DEFAULT_BRIEFINGS_DIR } from "../../base/project-paths.ts";
import { loadTheme } from "../../content/settings/load-theme.ts";
import { checkSiteLanguages, readSiteSettings, SITE_URL_VARIABLE } from "../../content/settings/site-settings.ts";
import { readInterfaceWords } from "../../content/interface-words.ts";
import { readPaper } from "../../content/settings/paper.ts";
import { PER_PAGE_VARIABLE, readArchiveSettings } from "../../content/settings/archive-settings.ts";
import type { Briefing } from "../../content/briefing.ts";
import { interruption, onInterrupt } from "../../base/on-interrupt.ts";
import { createStagingFolder, publishStagingFolder } from "./staging-folder.ts";
import { PDF_PLACEHOLDERS_ENV } from "../../outputs/eleventy/pdf-files-plugin.ts";
import { pdfUrl } from "../../content/paths/briefing-paths.ts";
import { fillPdfPlaceholders, type PdfFacts } from "../../render/format/pdf-placeholder.ts";
import { formatBytes } from "../../render/format/format-bytes.ts";
import { readPdfInfo } from "../../outputs/pdf/read-pdf-info.ts";

/** Where a build reads from and writes to. */
export interface BuildOptions {
  /** The folder the finished site replaces. */
  outputDir: string;
  /** The folder of briefings; defaults to `BRIEFINGS_DIR` or src/briefings. */
  briefingsDir?: string;
  /**
   * Prints each briefing's PDF from the rendered site into `siteDir`. When given, the site is
   * rendered with placeholders where pages and feeds state a PDF's size and pages, and the
   * exact values are written into those files once the PDFs exist.
   */
  printPdfs?: (siteDir: string, briefings: Briefing[]) => Promise<void>;
  /**
   * Render and print only, then discard the site and leave `outputDir` alone: a shard of the
   * print work keeps only the PDFs it printed into the cache folder.
   */
  printOnly?: boolean;
  /** The site's base URL; defaults to `SITE_URL` or `url` in `_data/site.json`. */
  siteUrl?: string;
  /** Briefings per archive page; defaults to `ARCHIVE_PER_PAGE` or `archive.perPage` in `_data/site.json`. */
  archivePerPage?: number;
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
  const perPageOverride = options.archivePerPage === undefined ? {} : { [PER_PAGE_VARIABLE]: String(options.archivePerPage) };
  readArchiveSettings("_data", { ...process.env, ...perPageOverride });

  const outputDir = path.resolve(options.outputDir);
  const staging = createStagingFolder(outputDir);
  // Ctrl-C or SIGTERM mid-build: remove the half-written site; output/ is untouched until the swap.
  const forgetStaging = onInterrupt(() => rmSync(staging, { recursive: true, force: true }));
  const savedBriefingsDir = process.env.BRIEFINGS_DIR;
  const savedSiteUrl = process.env[SITE_URL_VARIABLE];
  const savedPerPage = process.env[PER_PAGE_VARIABLE];
  try {
    // The Eleventy config reads the folder and base URL from the environment; set them for this build only.
    process.env.BRIEFINGS_DIR = briefingsDir;
    if (siteUrl) process.env[SITE_URL_VARIABLE] = siteUrl;
    if (options.archivePerPage !== undefined) process.env[PER_PAGE_VARIABLE] = String(options.archivePerPage);
    if (options.printPdfs) process.env[PDF_PLACEHOLDERS_ENV] = "1";
    const written = await renderSite(staging, pathPrefix);
    delete process.env[PDF_PLACEHOLDERS_ENV];
    if (options.printPdfs) {
      await options.printPdfs(staging, briefings);
      if (options.printOnly) {
        rmSync(staging, { recursive: true, force: true });
        return performance.now() - started;
      }
      await statePdfFacts(staging, written, briefings);
    }
    // An interrupt that came while the last pages were written ends the process shortly: never publish after it.
    if (interruption()) await new Promise<never>(() => undefined);
    publishStagingFolder(staging, outputDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    forgetStaging();
    delete process.env[PDF_PLACEHOLDERS_ENV];
    if (savedBriefingsDir === undefined) delete process.env.BRIEFINGS_DIR;
    else process.env.BRIEFINGS_DIR = savedBriefingsDir;
    if (savedSiteUrl === undefined) delete process.env[SITE_URL_VARIABLE];
    else process.env[SITE_URL_VARIABLE] = savedSiteUrl;
    if (savedPerPage === undefined) delete process.env[PER_PAGE_VARIABLE];
    else process.env[PER_PAGE_VARIABLE] = savedPerPage;
  }
  const elapsed = performance.now() - started;
  if (!options.quiet) {
    // Name a few; a site of hundreds would otherwise print a line of thousands of characters.
    const shown = briefings.slice(0, 5).map((b) => b.slug);
    const names = briefings.length > shown.length ? `${shown.join(", ")} and ${briefings.length - shown.length} more` : shown.join(", ");
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
 * @returns the files the templates wrote, with their content
 */
async function renderSite(outputDir: string, pathPrefix: string): Promise<WrittenFile[]> {
  const eleventy = new Eleventy(undefined, outputDir, { quietMode: true, configPath: ELEVENTY_CONFIG, pathPrefix });
  // Eleventy resolves with [passthrough copies, template results]; its types leave this open.
  const [, templates] = (await eleventy.write()) as [unknown, Array<{ outputPath?: string | false; content?: unknown }>];
  return (templates ?? []).flatMap((result) => (typeof result.outputPath === "string" && typeof result.content === "string" ? [{ file: result.outputPath, content: result.content }] : []));
}

/** A file Eleventy rendered. */
interface WrittenFile {
  file: string;
  content: string;
}

/**
 * Writes each PDF's exact size and page count into the pages and feeds that state them,
 * where the render left placeholders: the same text a render knowing the PDFs would write.
 * @param siteDir the built site, PDFs printed
 * @param written the files the render wrote
 * @param briefings the briefings whose PDFs were printed
 */
async function statePdfFacts(siteDir: string, written: WrittenFile[], briefings: Briefing[]): Promise<void> {
  const facts = new Map<string, PdfFacts>();
  for (const { slug } of briefings) facts.set(slug, await readPdfInfo(path.join(siteDir, pdfUrl(slug)), pdfUrl(slug)));
  for (const { file, content } of written) {
    if (!content.includes("@@pdf-")) continue;
    const current = await readFile(file, "utf8");
    await writeFile(file, fillPdfPlaceholders(current, facts, formatBytes, file.endsWith(".json")));
  }
}
