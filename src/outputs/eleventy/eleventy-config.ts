/**
 * The part of Eleventy's configuration API this project uses.
 * Eleventy ships no type declarations; describing what we call keeps the
 * plugins type-checked without falling back to `any`.
 */
export interface EleventyConfig {
  addPlugin<Options>(plugin: EleventyPlugin<Options>, options?: Options): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addShortcode(name: string, shortcode: (...args: never[]) => unknown): void;
  addGlobalData(name: string, data: unknown): void;
  addCollection(name: string, build: (api: unknown) => unknown): void;
  /** Rewrites a page's output; `this.page` is the page being written. */
  addTransform(name: string, transform: (this: { page: { outputPath?: string | false } }, content: string) => string | Promise<string>): void;
  addPassthroughCopy(copy: string | Record<string, string>): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  addWatchTarget(target: string): void;
  setWatchJavaScriptDependencies(watch: boolean): void;
  setLibrary(name: "md", library: unknown): void;
  setServerOptions(options: Record<string, unknown>): void;
  /** "sequential" runs an event's handlers one after another, in the order they were added. */
  setEventEmitterMode(mode: "parallel" | "sequential"): void;
  on(event: "eleventy.before" | "eleventy.after" | "eleventy.beforeWatch", handler: (context: unknown) => unknown): void;
  ignores: { add(glob: string): void };
  dir?: { input: string; output: string };
  /** The sub-path the site is served under ("/" at a host's root), as Eleventy was given it. */
  pathPrefix?: string;
}

/** An Eleventy plugin: a function that configures Eleventy. */
export type EleventyPlugin<Options = unknown> = (
  eleventyConfig: EleventyConfig,
  options?: Options,
) => void | Promise<void>;
