import { StageClock } from "../../base/stage-clock.ts";
import type { Project } from "../../content/settings/project.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** What the site's Eleventy config (.eleventy.js) is given to configure its plugins with. */
export interface SiteOptions {
  /** The command's settings and run options. */
  project: Project;
  /**
   * The build prints every PDF after this render: pages and feeds state each PDF's size and
   * page count as placeholders, which the build fills in (see pdf-placeholder.ts).
   */
  pdfsToFollow?: boolean;
  /** The briefings the build already loaded and rendered to check them, so Eleventy need not again. */
  briefings?: RenderedBriefing[];
  /** Where the plugins add the time their own stages take (fonts, share images, search index). */
  clock?: StageClock;
}

/**
 * Where a build leaves its options on Eleventy's config object. A global symbol, not a module's
 * variable: the config file may be loaded as a module instance of its own (through tsx, or from
 * the compiled bundle), and the object is the one thing both sides are sure to share.
 */
const KEY = Symbol.for("briefing.siteOptions");

/**
 * Hands the build's options to the config file. Eleventy runs the constructor's `config`
 * callback before it loads .eleventy.js, with the same config object, so a build calls this
 * from that callback (see tools/build/build-site.ts).
 * @param eleventyConfig Eleventy's config object
 * @param options the build's project and what this render is for
 */
export function handOverSiteOptions(eleventyConfig: EleventyConfig, options: SiteOptions): void {
  (eleventyConfig as unknown as Record<symbol, SiteOptions>)[KEY] = options;
}

/**
 * The options a build handed over, or undefined when Eleventy was started another way
 * (`npm run serve`), in which case .eleventy.js reads the settings itself.
 * @param eleventyConfig Eleventy's config object
 */
export function handedOverSiteOptions(eleventyConfig: EleventyConfig): SiteOptions | undefined {
  return (eleventyConfig as unknown as Record<symbol, SiteOptions | undefined>)[KEY];
}

/** The clock of a build that asked for none (`npm run serve`, tests): timed, and never read. */
const unread = new WeakMap<EleventyConfig, StageClock>();

/**
 * The clock the build handed over, for a plugin to time its stage with; a clock nobody reads
 * when Eleventy was started another way, so a plugin times its work the same way either way.
 * @param eleventyConfig Eleventy's config object
 */
export function stageClockOf(eleventyConfig: EleventyConfig): StageClock {
  const handed = handedOverSiteOptions(eleventyConfig)?.clock;
  if (handed) return handed;
  let clock = unread.get(eleventyConfig);
  if (!clock) unread.set(eleventyConfig, (clock = new StageClock()));
  return clock;
}
