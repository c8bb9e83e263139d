import path from "node:path";
import { buildMoment } from "../../base/build-moment.ts";
import { loadBriefings } from "../../content/load-briefings.ts";
import { readInterfaceWords } from "../../content/interface-words.ts";
import type { Project } from "../../content/settings/project.ts";
import { renderBriefings } from "../../render/briefing/render-briefing.ts";
import type { RenderedBriefing, RenderedSection } from "../../render/briefing/rendered-briefing.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** One section page: the section, its briefing, and its neighbours for previous/next links. */
export interface SectionPage {
  briefing: RenderedBriefing;
  section: RenderedSection;
  previous?: RenderedSection;
  next?: RenderedSection;
}

/** What the briefings plugin is given. */
export interface BriefingsPluginOptions {
  project: Project;
  /** Briefings the build already loaded and rendered (to check them), for its one render. */
  briefings?: RenderedBriefing[];
}

// Each Eleventy config's loader, so plugins that derive pages from the briefings (the archive,
// tag feeds) read the same once-per-build result instead of loading the folder again.
const loaders = new WeakMap<EleventyConfig, () => Promise<RenderedBriefing[]>>();

/**
 * The briefings of the current build, for plugins registered after the briefings plugin.
 * Call it from a global data function or filter (at build time), not while the plugin is set up.
 * @param eleventyConfig the config the briefings plugin was added to
 */
export function briefingsOf(eleventyConfig: EleventyConfig): Promise<RenderedBriefing[]> {
  const load = loaders.get(eleventyConfig);
  if (!load) throw new Error("briefingsOf() needs the briefings plugin to be added first (see .eleventy.js)");
  return load();
}

/**
 * Loads, checks and renders the briefings once per build and offers them to templates as
 * global data: `briefings` (newest first), `briefingPages` (those and their editions, for
 * paginating a briefing's pages) and `sectionPages` (one entry per section of every edition, for
 * paginating section pages). Each build of `npm run serve` loads them again: the loader and the
 * renderer keep what did not change (see loadBriefings and renderBriefing).
 */
export function briefingsPlugin(eleventyConfig: EleventyConfig, options: BriefingsPluginOptions): void {
  const { briefingsDir, dataDir } = options.project.settings;
  eleventyConfig.addWatchTarget(briefingsDir);

  // Loaded lazily and once per build: Eleventy calls global data functions on every (re)build.
  let handedOver = options.briefings;
  let current: Promise<RenderedBriefing[]> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    current = undefined;
  });
  const briefings = () =>
    (current ??= Promise.resolve().then(() => {
      // The build's own briefings serve its one render; a later rebuild reads the files again.
      const given = handedOver;
      handedOver = undefined;
      const now = buildMoment(options.project.run.sourceDateEpoch);
      return given ?? renderBriefings(loadBriefings(briefingsDir, { now }), readInterfaceWords(path.join(dataDir, "labels")));
    }));

  loaders.set(eleventyConfig, briefings);
  eleventyConfig.addGlobalData("briefings", briefings);
  // Every edition has every page of a briefing; lists (archive, feeds, search) name each briefing once.
  eleventyConfig.addGlobalData("briefingPages", async () => (await briefings()).flatMap(everyEdition));
  eleventyConfig.addGlobalData("sectionPages", async () => (await briefings()).flatMap(everyEdition).flatMap(sectionPagesOf));
}

/** A briefing and its editions in other languages, each of which gets the briefing's pages. */
export function everyEdition(briefing: RenderedBriefing): RenderedBriefing[] {
  return [briefing, ...briefing.editions];
}

/** The section pages of one briefing, each knowing its neighbours. */
export function sectionPagesOf(briefing: RenderedBriefing): SectionPage[] {
  return briefing.sections.map((section, index) => ({
    briefing,
    section,
    previous: briefing.sections[index - 1],
    next: briefing.sections[index + 1],
  }));
}
