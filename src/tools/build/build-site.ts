import { buildMoment } from "../../base/build-moment.ts";
import { rmSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { cacheFolder } from "../../base/cache-folder.ts";
import { StageClock } from "../../base/stage-clock.ts";
import { displayPath } from "../../base/display-path.ts";
import { findBrowser } from "../../base/launch-browser.ts";
import { interruption, onInterrupt } from "../../base/on-interrupt.ts";
import { interfaceWordsFor, readInterfaceWords, type Labels } from "../../content/interface-words.ts";
import { loadBriefings } from "../../content/load-briefings.ts";
import { pdfKey, pdfUrl } from "../../content/paths/briefing-paths.ts";
import { everyEdition } from "../../outputs/eleventy/briefings-plugin.ts";
import type { Project } from "../../content/settings/project.ts";
import { checkSiteLanguages } from "../../content/settings/site-settings.ts";
import { checkFontCoverage } from "../../outputs/fonts/check-font-coverage.ts";
import { handOverSiteOptions, type SiteOptions } from "../../outputs/eleventy/site-options.ts";
import { readPdfInfo } from "../../outputs/pdf/read-pdf-info.ts";
import { renderBriefings } from "../../render/briefing/render-briefing.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import { formatBytes } from "../../render/format/format-bytes.ts";
import { formatPdfPages } from "../../render/format/format-pdf-pages.ts";
import { fillPdfPlaceholders, type PdfFacts } from "../../render/format/pdf-placeholder.ts";
import { splitEleventyStage, type EleventyBenchmarks } from "./eleventy-stages.ts";
import { createStagingFolder, publishStagingFolder } from "./staging-folder.ts";

/** Where a build reads from and writes to. */
export interface BuildOptions {
  /** The folder the finished site replaces. */
  outputDir: string;
  /** The settings, read once by the command's entry, and how this machine runs. */
  project: Project;
  /**
   * Prints each briefing's PDF from the rendered site into `siteDir`. When given, the site is
   * rendered with placeholders where pages and feeds state a PDF's size and pages, and the
   * exact values are written into those files once the PDFs exist.
   */
  printPdfs?: (siteDir: string, briefings: RenderedBriefing[]) => Promise<void>;
  /**
   * Render and print only, then discard the site and leave `outputDir` alone: a shard of the
   * print work keeps only the PDFs it printed into the cache folder.
   */
  printOnly?: boolean;
  /** The Eleventy config file: .eleventy.js, or the compiled copy scripts/run.mjs made. */
  eleventyConfig?: string;
  /** Silence progress lines (for tests). */
  quiet?: boolean;
  /** Where to add the time each stage takes (`npm run bench` reads it, see eleventy-stages.ts). */
  clock?: StageClock;
}

/**
 * Builds the whole site into a fresh staging folder and only then swaps it in for
 * `outputDir`, so a failed build never leaves a half-written or damaged site behind.
 * Content is checked and rendered first, so a content mistake stops the build before Eleventy
 * runs; Eleventy is handed the settings and the rendered briefings, so nothing is read twice.
 * @returns the number of milliseconds the build took
 */
export async function buildSite(options: BuildOptions): Promise<number> {
  const started = performance.now();
  const { project } = options;
  const { settings } = project;
  const clock = options.clock ?? new StageClock();
  const { labels, loaded } = clock.timeSync("loading and validation", () => ({
    labels: readInterfaceWords(path.join(settings.dataDir, "labels")),
    loaded: loadBriefings(settings.briefingsDir, { now: buildMoment(project.run.sourceDateEpoch) }),
  }));
  const briefings = clock.timeSync("Markdown and charts", () => renderBriefings(loaded, labels));
  clock.timeSync("loading and validation", () => checkSiteLanguages(settings.site, briefings, labels));
  // Every build photographs share cards (and may print), and their caches are keyed by the
  // browser's version: a browser that is not there is said at once, not from inside Eleventy.
  if (!project.run.browser.wsEndpoint) findBrowser(project.run.browser.executablePath);

  const outputDir = path.resolve(options.outputDir);
  const staging = createStagingFolder(outputDir);
  // Ctrl-C or SIGTERM mid-build: remove the half-written site; output/ is untouched until the swap.
  const forgetStaging = onInterrupt(() => rmSync(staging, { recursive: true, force: true }));
  try {
    const written = await renderSite(staging, {
      configFile: options.eleventyConfig ?? ".eleventy.js",
      pathPrefix: settings.site.pathPrefix,
      site: { project, briefings, pdfsToFollow: options.printPdfs !== undefined, clock },
    });
    // Checked here, not in an Eleventy event, so the message is the user's alone, without
    // Eleventy's stack trace; before printing, so no PDF is printed with a fallback font.
    await clock.time("fonts", () => checkFontCoverage(written, staging, settings.theme, cacheFolder(project.run.cacheDir, "fonts")));
    if (options.printPdfs) {
      await options.printPdfs(staging, briefings);
      if (options.printOnly) {
        rmSync(staging, { recursive: true, force: true });
        return performance.now() - started;
      }
      await statePdfFacts(staging, written, briefings, labels);
    }
    // An interrupt that came while the last pages were written ends the process shortly: never publish after it.
    if (interruption()) await new Promise<never>(() => undefined);
    clock.timeSync("publishing", () => publishStagingFolder(staging, outputDir));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    forgetStaging();
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

/** How one Eleventy run is set up. */
interface RenderSetup {
  /** The Eleventy config file. */
  configFile: string;
  /** The base URL's path: Eleventy puts it before every root-relative link. */
  pathPrefix: string;
  /** What the config file's plugins are given (see site-options.ts). */
  site: SiteOptions;
}

/**
 * One Eleventy run of the whole site into `outputDir`. The build's settings and briefings reach
 * the config file through Eleventy's `config` callback, which runs before the file is loaded,
 * on the same config object (see handOverSiteOptions); never through the environment.
 * @returns the files the templates wrote, with their content
 */
async function renderSite(outputDir: string, setup: RenderSetup): Promise<WrittenFile[]> {
  let benchmarks: EleventyBenchmarks | undefined;
  const eleventy = new Eleventy(undefined, outputDir, {
    quietMode: true,
    configPath: setup.configFile,
    pathPrefix: setup.pathPrefix,
    config: (eleventyConfig) => {
      handOverSiteOptions(eleventyConfig, setup.site);
      benchmarks = quietBenchmarks(eleventyConfig);
    },
  });
  const clock = setup.site.clock ?? new StageClock();
  const before = clock.stages();
  // Eleventy resolves with [passthrough copies, template results]; its types leave this open.
  const [, templates] = (await clock.time("Eleventy", () => eleventy.write())) as [unknown, Array<{ outputPath?: string | false; content?: unknown }>];
  if (benchmarks) splitEleventyStage(clock, before, benchmarks);
  return (templates ?? []).flatMap((result) => (typeof result.outputPath === "string" && typeof result.content === "string" ? [{ file: result.outputPath, content: result.content }] : []));
}

/**
 * Keeps Eleventy's slow-plugin warnings ("[11ty] Benchmark … (Configuration) …") out of a quiet
 * build's output. Eleventy 3.1 makes the config's benchmark groups before it knows it is quiet and
 * never tells them, so on a busy machine a transform that passed 8% of the build printed a warning
 * to stderr, and a build's output depended on the machine's load.
 * @param eleventyConfig Eleventy's config object, before the config file runs
 */
function quietBenchmarks(eleventyConfig: object): EleventyBenchmarks | undefined {
  // Not in Eleventy's types: UserConfig's benchmarkManager (src/UserConfig.js, 3.1.8).
  const manager = (eleventyConfig as { benchmarkManager?: EleventyBenchmarks }).benchmarkManager;
  for (const group of Object.values(manager?.getAll() ?? {})) group.setIsVerbose(false);
  return manager;
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
 * @param briefings the briefings whose PDFs were printed, each edition's
 * @param labels every language's interface words, for the page counts' words
 */
async function statePdfFacts(siteDir: string, written: WrittenFile[], briefings: RenderedBriefing[], labels: Record<string, Labels>): Promise<void> {
  const facts = new Map<string, PdfFacts>();
  for (const key of briefings.flatMap(everyEdition).map(pdfKey)) facts.set(key, await readPdfInfo(path.join(siteDir, pdfUrl(key)), pdfUrl(key)));
  for (const { file, content } of written) {
    if (!content.includes("@@pdf-")) continue;
    const current = await readFile(file, "utf8");
    await writeFile(file, fillPdfPlaceholders(current, facts, { size: formatBytes, pageCount: (pages, locale) => formatPdfPages(pages, locale, interfaceWordsFor(labels, locale)) }, file.endsWith(".json")));
  }
}
