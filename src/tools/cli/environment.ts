import path from "node:path";
import { DEFAULT_OUTPUT_DIR } from "../../base/project-paths.ts";
import { runOptions, type RunOptions } from "../../base/run-options.ts";
import type { Project } from "../../content/settings/project.ts";
import { readSettings, type SettingsOverrides } from "../../content/settings/settings.ts";

/**
 * The environment variables the commands read, each in one place: here. Entries (scripts/,
 * .eleventy.js for `npm run serve`) turn the environment into a Project and pass it down.
 */
export const ENVIRONMENT_VARIABLES = {
  BRIEFINGS_DIR: "the folder of briefings (src/briefings)",
  BUILD_OUTPUT_DIR: "where the site is published (output)",
  SITE_URL: "the base URL, instead of url in _data/site.json",
  ARCHIVE_PER_PAGE: "briefings per archive page, instead of archive.perPage",
  BRIEFING_PAPER: "A4 or Letter, instead of paper",
  BUILD_CACHE_DIR: "the build's cache folder (.cache)",
  PDF_CACHE_DIR: "the PDF cache (<cache folder>/pdf)",
  PDF_CONCURRENCY: "print editions printed at once (the number of CPUs)",
  PUPPETEER_EXECUTABLE_PATH: "the Chromium or Chrome to use",
  BROWSER_WS_ENDPOINT: "a running browser to connect to instead of starting one",
  BROWSER_LAUNCH_TIMEOUT_MS: "how long Chromium may take to start (30000)",
  SOURCE_DATE_EPOCH: "the moment every PDF is dated, in seconds since 1970",
  BRIEFING_PREVIEW_PDF: "off: npm run serve prints no PDFs",
  BUILD_STAGE_TIMES: "a file where npm run build:site writes the time of each stage, as JSON (set by npm run bench)",
  BRIEFING_ELEVENTY_CONFIG: "set by scripts/run.mjs: the compiled Eleventy config the build loads",
} as const;

/** The environment, or the part of it a test passes. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The settings the environment overrides, as written there (readSettings checks them).
 * @param env the process's environment
 */
export function settingsOverridesFrom(env: Environment): SettingsOverrides {
  return { siteUrl: env.SITE_URL || undefined, archivePerPage: env.ARCHIVE_PER_PAGE, paper: env.BRIEFING_PAPER || undefined };
}

/**
 * How this machine runs, from the environment.
 * @param env the process's environment
 */
export function runOptionsFrom(env: Environment): RunOptions {
  const positive = (value: string | undefined) => {
    const number = Number(value);
    return value !== undefined && Number.isFinite(number) && number > 0 ? number : undefined;
  };
  const concurrency = positive(env.PDF_CONCURRENCY);
  return runOptions({
    cacheDir: env.BUILD_CACHE_DIR || undefined,
    pdfCacheDir: env.PDF_CACHE_DIR || undefined,
    browser: {
      executablePath: env.PUPPETEER_EXECUTABLE_PATH || undefined,
      wsEndpoint: env.BROWSER_WS_ENDPOINT || undefined,
      timeoutMs: positive(env.BROWSER_LAUNCH_TIMEOUT_MS),
    },
    pdfConcurrency: concurrency !== undefined && Number.isInteger(concurrency) ? concurrency : undefined,
    sourceDateEpoch: env.SOURCE_DATE_EPOCH,
    previewPdf: env.BRIEFING_PREVIEW_PDF !== "off",
  });
}

/**
 * The project a command works on: the settings read and checked once, with the environment's
 * overrides, and how this machine runs.
 * @param env the process's environment
 * @throws ContentError for every mistake in the settings
 */
export function projectFromEnvironment(env: Environment): Project {
  return {
    settings: readSettings({ briefingsDir: env.BRIEFINGS_DIR || undefined, overrides: settingsOverridesFrom(env) }),
    run: runOptionsFrom(env),
  };
}

/**
 * Where the site is published: BUILD_OUTPUT_DIR, else output/.
 * @param env the process's environment
 */
export function outputDirFrom(env: Environment): string {
  return path.resolve(env.BUILD_OUTPUT_DIR || DEFAULT_OUTPUT_DIR);
}

/**
 * The Eleventy config file a build loads: the compiled copy scripts/run.mjs made, or
 * .eleventy.js (through tsx) when the build runs from source.
 * @param env the process's environment
 */
export function eleventyConfigFrom(env: Environment): string {
  return env.BRIEFING_ELEVENTY_CONFIG || ".eleventy.js";
}

/**
 * Where `npm run build:site` writes the time each of its stages took (BUILD_STAGE_TIMES), if anywhere.
 * @param env the process's environment
 */
export function stageTimesFileFrom(env: Environment): string | undefined {
  return env.BUILD_STAGE_TIMES ? path.resolve(env.BUILD_STAGE_TIMES) : undefined;
}
