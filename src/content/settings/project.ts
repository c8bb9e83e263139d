import type { RunOptions } from "../../base/run-options.ts";
import type { Settings } from "./settings.ts";

/**
 * What a command knows before it starts work: what the site's settings say, and how this machine
 * runs. Made once by the command's entry and handed down, to Eleventy as its plugins' options.
 */
export interface Project {
  settings: Settings;
  run: RunOptions;
}
