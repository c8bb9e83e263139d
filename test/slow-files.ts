// How long each slow test file took in the last CI run measured (per-file `Duration` in
// the CI run of 7 December 2026, 04:29, on the 2-core machine, two workers): the files of
// 3 s or more, in seconds. test/sequencer.ts starts them first, longest first, so that on a fresh
// clone (no Vitest results cache) a long file is not the last one started. The figures need only
// keep their order roughly right; refresh them from a CI log when files are added or cut. The
// four files cut since (serve, search-in-chromium, subset-fonts, pdf-cache: branch speed4) are scaled by the
// share of CPU their cut saved, measured alone with warm caches (src/tools/bench/BENCHMARKS.md).

/** Seconds a test file took in CI, by its path from the repository's root. */
export const SLOW_FILES: Readonly<Record<string, number>> = {
  "test/scripts/build-shards.test.ts": 51.2,
  "test/src/render/html/phrase-breaks-in-chromium.test.ts": 34.9,
  "test/src/tools/check/run-checks.test.ts": 24.3,
  "test/scripts/serve.test.ts": 23.2,
  "test/src/site/pages-in-chromium.test.ts": 22.7,
  "test/src/outputs/feeds/sub-path-hosting.test.ts": 21.9,
  "test/scripts/new-briefing.test.ts": 20.5,
  "test/src/site/content-security-policy.test.ts": 16.4,
  "test/src/render/charts/charts-in-chromium.test.ts": 15.9,
  "test/src/content/bad-input.test.ts": 15.4,
  "test/scripts/build-interrupted.test.ts": 14.8,
  "test/src/base/launch-browser.test.ts": 14.6,
  "test/src/outputs/pdf/pdf-cache.test.ts": 13.8,
  "test/src/outputs/search/search-in-chromium.test.ts": 13.0,
  "test/src/site/phones-in-chromium.test.ts": 12.9,
  "test/src/outputs/feeds/built-feeds.test.ts": 11.4,
  "test/scripts/build.test.ts": 10.4,
  "test/src/outputs/pdf/print-briefings.test.ts": 10.3,
  "test/src/render/css/scripts-in-chromium.test.ts": 10.0,
  "test/src/site/language-sections.test.ts": 9.8,
  "test/src/outputs/fonts/subset-fonts.test.ts": 9.3,
  "test/src/outputs/pdf/print-failure.test.ts": 9.1,
  "test/src/outputs/eleventy/share-plugin.test.ts": 8.0,
  "test/src/outputs/pdf/print-briefings-parallel.test.ts": 7.9,
  "test/scripts/check.test.ts": 7.5,
  "test/src/tools/build/staging-folder.test.ts": 6.7,
  "test/src/site/wide-screens-in-chromium.test.ts": 6.4,
  "test/src/site/interface-words-per-page.test.ts": 6.3,
  "test/scripts/build-english-and-chinese.test.ts": 6.2,
  "test/src/site/pdf-page-breaks.test.ts": 6.1,
  "test/src/site/print-edition-in-chromium.test.ts": 5.1,
  "test/src/tools/check/check-accessibility.test.ts": 5.0,
  "test/src/site/section-layout-in-chromium.test.ts": 4.3,
  "test/src/outputs/pdf/print-briefings-remote.test.ts": 4.2,
  "test/src/site/web-print-in-chromium.test.ts": 3.5,
  "test/src/outputs/fonts/check-font-coverage.test.ts": 3.2,
  "test/src/content/forbidden-characters.test.ts": 3.1,
};
