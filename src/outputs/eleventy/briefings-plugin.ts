import path from "node:path";
import { loadBriefings } from "../../content/load-briefings.ts";
import type { Briefing, Section } from "../../content/briefing.ts";
import { DEFAULT_BRIEFINGS_DIR } from "../../base/project-paths.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** One section page: the section, its briefing, and its neighbours for previous/next links. */
export interface SectionPage {
  briefing: Briefing;
  section: Section;
  previous?: Section;
  next?: Section;
}

// Each Eleventy config's loader, so plugins that derive pages from the briefings (the archive,
// tag feeds) read the same once-per-build result instead of loading the folder again.
const loaders = new WeakMap<EleventyConfig, () => Promise<Briefing[]>>();

/**
 * The briefings of the current build, for plugins registered after the briefings plugin.
 * Call it from a global data function or filter (at build time), not while the plugin is set up.
 * @param eleventyConfig the config the briefings plugin was added to
 */
export function briefingsOf(eleventyConfig: EleventyConfig): Promise<Briefing[]> {
  const load = loaders.get(eleventyConfig);
  if (!load) throw new Error("briefingsOf() needs the briefings plugin to be added first (see .eleventy.js)");
  return load();
}

/**
 * Loads and validates the briefings once per build and offers them to templates as
 * global data: `briefings` (newest first) and `sectionPages` (one entry per section,
 * for paginating section pages).
 */
export function briefingsPlugin(eleventyConfig: EleventyConfig, options: { briefingsDir?: string } = {}): void {
  const briefingsDir = path.resolve(options.briefingsDir ?? process.env.BRIEFINGS_DIR ?? DEFAULT_BRIEFINGS_DIR);
  eleventyConfig.addWatchTarget(briefingsDir);

  // Loaded lazily and once per build: Eleventy calls global data functions on every (re)build.
  let current: Promise<Briefing[]> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    current = undefined;
  });
  const briefings = () => (current ??= Promise.resolve().then(() => loadBriefings(briefingsDir)));

  loaders.set(eleventyConfig, briefings);
  eleventyConfig.addGlobalData("briefings", briefings);
  eleventyConfig.addGlobalData("sectionPages", async () => (await briefings()).flatMap(sectionPagesOf));
}

/** The section pages of one briefing, each knowing its neighbours. */
export function sectionPagesOf(briefing: Briefing): SectionPage[] {
  return briefing.sections.map((section, index) => ({
    briefing,
    section,
    previous: briefing.sections[index - 1],
    next: briefing.sections[index + 1],
  }));
}
