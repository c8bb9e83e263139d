import path from "node:path";
import { loadBriefings } from "../content/load-briefings.ts";
import type { Briefing, Section } from "../content/briefing.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Where briefings live unless `BRIEFINGS_DIR` says otherwise. */
export const DEFAULT_BRIEFINGS_DIR = "src/briefings";

/** One section page: the section, its briefing, and its neighbours for previous/next links. */
export interface SectionPage {
  briefing: Briefing;
  section: Section;
  previous?: Section;
  next?: Section;
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
