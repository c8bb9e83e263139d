// The sites the test run builds once, before any test file starts (test/global-setup.ts), and
// shares read-only with every test that only reads a built site. Each is built as a user builds
// it: `node scripts/run.mjs build` (site and PDFs) or `build-site` (site only), into a temporary
// folder, with the project's cache folder. A test that must change a site copies it first.
//
// To add a site shape (a language, a setting, a layout for the quality gate), add a row here and
// read it in tests with `sharedSite("<name>")` (test/helpers/shared-site.ts). A new fixture
// briefing under test/fixtures/<group>/<slug>/ joins the "fixtures" site by itself. A name whose
// tests read only pages another site already has is an alias (`sameAs`), not a build of its own.
import { readdirSync } from "node:fs";
import path from "node:path";
import { addOlderBriefings } from "./helpers/multi-briefings.ts";

/** One shared site: what it is made of, and how it is built. */
export interface SharedSiteSpec {
  /** What the site is for, said when its build fails. */
  purpose: string;
  /** Folders of briefings (each sub-folder a briefing), merged into the site's briefings folder. */
  briefings: string[];
  /** Briefings the site is built from as they are, without copying them (the shipped site). */
  inPlace?: boolean;
  /** The command: `build` prints PDFs, `build-site` does not. */
  command: "build" | "build-site";
  /** Environment the build runs with besides BRIEFINGS_DIR and BUILD_OUTPUT_DIR (SITE_URL, ARCHIVE_PER_PAGE, …). */
  env?: Record<string, string>;
  /** Adds briefings made from the copied ones (other dates, other tags), before the build. */
  prepare?: (briefingsDir: string) => void;
  /** Prints every PDF, with a PDF cache of its own that starts empty, so what the build says about printing is the same on every run. */
  freshPdfCache?: boolean;
}

/**
 * A name for another shared site that already holds what its tests read: not built again, as a
 * build of its own costs a whole share of the run's start.
 */
export interface SharedSiteAlias {
  /** What the tests that ask for this name read, said when the site fails to build. */
  purpose: string;
  /** The shared site it names. */
  sameAs: "fixtures";
}

/**
 * Fixture groups left out of the fixtures site: those that exist to fail to build, and
 * `hostile` (markup in every field), built as a site of its own so its tag pages and feeds are
 * the only ones there and every file of that site can be searched for markup; `editions` (one
 * briefing in two languages, one in three), built as a site of its own with a PDF per edition.
 */
const UNBUILDABLE_FIXTURES: readonly string[] = ["hostile", "editions"];

/** Every group of fixture briefings under test/fixtures that is meant to build. */
export function buildableFixtures(): string[] {
  return readdirSync("test/fixtures", { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !UNBUILDABLE_FIXTURES.includes(entry.name))
    .map((entry) => path.join("test/fixtures", entry.name))
    .sort();
}

/** The base URL of the fixtures site: a sub-path, so every test on it also checks sub-path hosting. */
export const FIXTURES_SITE_URL = "https://example.org/briefings/";

/** The shared sites, by the name tests ask for them by. */
export const SHARED_SITES = {
  shipped: {
    purpose: "the shipped briefing alone, as a user builds it: for tests of the shipped briefing's own content",
    briefings: ["src/briefings"],
    inPlace: true,
    command: "build",
  },
  fixtures: {
    purpose: "every buildable fixture with the shipped briefing beside them, under a sub-path, with PDFs: for tests of what the generator makes",
    briefings: [...buildableFixtures(), "src/briefings"],
    command: "build",
    env: { SITE_URL: FIXTURES_SITE_URL },
  },
  chinese: {
    purpose: "the Chinese example briefing alone, at a host's root, with its PDF: for tests of a Chinese briefing's pages, charts, phrase breaks and PDF",
    briefings: ["test/fixtures/chinese"],
    command: "build",
  },
  english: {
    purpose: "the small English test briefing alone, at a host's root, with its PDF: for tests of one briefing's pages, PDF and gate",
    briefings: ["test/fixtures/valid"],
    command: "build",
    freshPdfCache: true,
  },
  scripts: {
    purpose: "the Arabic and Japanese fixtures (test/fixtures/languages) with their PDFs, in the fixtures site: for tests of right-to-left layout and of each script's own fonts, on screen and in print, which read those briefings' own pages",
    sameAs: "fixtures",
  },
  hostile: {
    purpose: "one briefing whose every text field holds <script>, ]]>, &amp;, quotes and an <img onerror>, without PDFs: for tests that text stays text in every page, feed and file",
    briefings: ["test/fixtures/hostile"],
    command: "build-site",
  },
  editions: {
    purpose: "briefings in several editions (test/fixtures/editions): one in Chinese and English, one in Arabic, English and French; with a PDF per edition: for the editions' pages, language switcher, hreflang alternates, PDFs, share images and search per language",
    briefings: ["test/fixtures/editions"],
    command: "build",
    env: { SITE_URL: "https://example.org/" },
  },
  archive: {
    purpose: "four briefings over four years, in Chinese and English, two to an archive page, without PDFs: for the archive and tag pages, and full-text search over two languages",
    briefings: ["test/fixtures/valid", "test/fixtures/chinese"],
    command: "build-site",
    env: { ARCHIVE_PER_PAGE: "2" },
    prepare: addOlderBriefings,
  },
} as const satisfies Record<string, SharedSiteSpec | SharedSiteAlias>;

/** The name of a shared site. */
export type SharedSiteName = keyof typeof SHARED_SITES;
