// Eleventy 3 ships JavaScript without declarations. These describe only the
// parts of its API this project calls, so the code stays `strict` without `any`.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    config?: (eleventyConfig: import("../outputs/eleventy/eleventy-config.ts").EleventyConfig) => void;
    /** The sub-path the site is served under, e.g. "/briefings/". */
    pathPrefix?: string;
  }
  export const HtmlBasePlugin: import("../outputs/eleventy/eleventy-config.ts").EleventyPlugin;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  import type { EleventyPlugin } from "../outputs/eleventy/eleventy-config.ts";
  export const feedPlugin: EleventyPlugin;
  export const dateToRfc3339: (date: Date) => string;
  export const dateToRfc822: (date: Date) => string;
  export const absoluteUrl: (url: string, base: string) => string;
  const rssPlugin: EleventyPlugin;
  export default rssPlugin;
}
