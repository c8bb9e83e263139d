import { runOptions, type RunOptions } from "../../src/base/run-options.ts";
import { loadInterfaceWords, readInterfaceWords, type Labels } from "../../src/content/interface-words.ts";
import { loadBriefings } from "../../src/content/load-briefings.ts";
import type { Project } from "../../src/content/settings/project.ts";
import { readSettings, type SettingsOverrides } from "../../src/content/settings/settings.ts";
import { renderBriefings } from "../../src/render/briefing/render-briefing.ts";
import { sharedBrowserOptions } from "./shared-site.ts";
import type { RenderedBriefing } from "../../src/render/briefing/rendered-briefing.ts";

/** What a test may set of a project: where the briefings are, what the environment would override, how it runs. */
export interface TestProjectOptions extends SettingsOverrides {
  briefingsDir?: string;
  dataDir?: string;
  run?: Partial<RunOptions>;
}

/**
 * The project a command's entry would make, for tests that call the code below the entries:
 * the repository's settings with the given overrides, and this machine's run options, printing
 * and photographing with the Chromium the run shares unless told otherwise.
 * @param options the briefings folder, overrides and run options to use
 */
export function testProject(options: TestProjectOptions = {}): Project {
  const { briefingsDir, dataDir, run, ...overrides } = options;
  return { settings: readSettings({ briefingsDir, dataDir, overrides }), run: runOptions({ browser: sharedBrowserOptions(), ...run }) };
}

/** The shipped settings' base URL (`url` in _data/site.json). */
export function shippedSiteUrl(): string {
  return readSettings().site.url;
}

/**
 * Loads and renders the briefings of a folder, as a build does before Eleventy runs.
 * @param briefingsDir the folder of briefings
 */
export function renderedBriefings(briefingsDir: string): RenderedBriefing[] {
  return renderBriefings(loadBriefings(briefingsDir), readInterfaceWords());
}

/**
 * The interface words of a language, from the repository's labels.
 * @param language a BCP 47 tag
 */
export function wordsFor(language: string): Labels {
  return loadInterfaceWords(language);
}
