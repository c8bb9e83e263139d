import * as filters from "./filters/index.ts";
import type { EleventyConfig } from "./eleventy-config.ts";

/** Registers every filter exported by `src/outputs/eleventy/filters`, under its export name. */
export function filtersPlugin(eleventyConfig: EleventyConfig): void {
  for (const [name, filter] of Object.entries(filters)) {
    eleventyConfig.addFilter(name, filter as (...args: never[]) => unknown);
  }
}
