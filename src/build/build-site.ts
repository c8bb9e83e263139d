import { existsSync } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadBriefings } from "../content/load-briefings.ts";
import { displayPath } from "../content/content-error.ts";
import { DEFAULT_BRIEFINGS_DIR } from "../eleventy/briefings-plugin.ts";
import { loadTheme } from "../theme/load-theme.ts";
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
  loadTheme("_data");
  readPaper("_data");

  const outputDir = path.resolve(options.outputDir);
  const parent = path.dirname(outputDir);
  const staging = await mkdtemp(path.join(parent, `.${path.basename(outputDir)}-next-`));
  const previous = `${staging}-previous`;
  const savedBriefingsDir = process.env.BRIEFINGS_DIR;
  try {
    // The Eleventy config reads the folder from the environment; set it for this build only.
    process.env.BRIEFINGS_DIR = briefingsDir;
    await renderSite(staging);
    if (options.printPdfs) {
      await options.printPdfs(staging, briefings);
      await renderSite(staging);
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
  }
  const elapsed = performance.now() - started;
  if (!options.quiet) {
    const names = briefings.map((b) => b.slug).join(", ");
    console.log(`Built ${briefings.length} briefing${briefings.length === 1 ? "" : "s"} (${names}) into ${displayPath(outputDir)}/ in ${(elapsed / 1000).toFixed(1)} s`);
  }
  return elapsed;
}

/** One Eleventy run of the whole site into `outputDir`. */
async function renderSite(outputDir: string): Promise<void> {
  const eleventy = new Eleventy(undefined, outputDir, { quietMode: true, configPath: ".eleventy.js" });
  await eleventy.write();
}
