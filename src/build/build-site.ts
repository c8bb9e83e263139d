import { existsSync } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadBriefings } from "../content/load-briefings.ts";
import { DEFAULT_BRIEFINGS_DIR } from "../eleventy/briefings-plugin.ts";
import { loadTheme } from "../theme/load-theme.ts";

/** Where a build reads from and writes to. */
export interface BuildOptions {
  /** The folder the finished site replaces. */
  outputDir: string;
  /** The folder of briefings; defaults to `BRIEFINGS_DIR` or src/briefings. */
  briefingsDir?: string;
  /** Work to do on the finished site before it is published, e.g. printing PDFs. */
  finish?: (stagingDir: string) => Promise<void>;
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

  const outputDir = path.resolve(options.outputDir);
  const parent = path.dirname(outputDir);
  const staging = await mkdtemp(path.join(parent, `.${path.basename(outputDir)}-next-`));
  const previous = `${staging}-previous`;
  const savedBriefingsDir = process.env.BRIEFINGS_DIR;
  try {
    // The Eleventy config reads the folder from the environment; set it for this build only.
    process.env.BRIEFINGS_DIR = briefingsDir;
    const eleventy = new Eleventy(undefined, staging, { quietMode: true, configPath: ".eleventy.js" });
    await eleventy.write();
    await options.finish?.(staging);
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
    console.log(`Built ${briefings.length} briefing${briefings.length === 1 ? "" : "s"} (${names}) into ${path.relative(process.cwd(), outputDir) || "."}/ in ${(elapsed / 1000).toFixed(1)} s`);
  }
  return elapsed;
}
