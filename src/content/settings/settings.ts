import path from "node:path";
import { ContentError, type ContentProblem } from "../../base/content-error.ts";
import { DATA_DIR, DEFAULT_BRIEFINGS_DIR } from "../../base/project-paths.ts";
import { archiveSettingsFrom, type ArchiveSettings } from "./archive-settings.ts";
import { loadTheme, type ActiveTheme } from "./load-theme.ts";
import { paperSettingFrom, type Paper } from "./paper.ts";
import { readSiteFile } from "./site-file.ts";
import { siteSettingsFrom, type SiteSettings } from "./site-settings.ts";

/**
 * Everything the site's settings say, read and checked once per command: site.json (address,
 * words, feeds, paper, archive), the theme it chooses from themes.json, and where the briefings
 * are. A command's entry makes it (with what the environment overrides) and passes it down, to
 * Eleventy as plugin options; no module reads the settings files or the environment itself.
 */
export interface Settings {
  /** The global data folder: site.json, themes.json, labels/. */
  dataDir: string;
  /** The folder of briefings, absolute. */
  briefingsDir: string;
  /** The address, the site's own words and the feeds (`SITE_URL` applied). */
  site: SiteSettings;
  theme: ActiveTheme;
  /** `ARCHIVE_PER_PAGE` applied. */
  archive: ArchiveSettings;
  /** `BRIEFING_PAPER` applied. */
  paper: Paper;
}

/** What the environment may override for one command, as written there (checked here, and named in messages). */
export interface SettingsOverrides {
  /** SITE_URL: the base URL instead of `url`. */
  siteUrl?: string;
  /** ARCHIVE_PER_PAGE: briefings per archive page instead of `archive.perPage`. */
  archivePerPage?: string;
  /** BRIEFING_PAPER: the paper instead of `paper`. */
  paper?: string;
}

/** Where the settings and briefings are read from, and what overrides them. */
export interface SettingsSources {
  /** The global data folder; `_data` by default. */
  dataDir?: string;
  /** The folder of briefings; src/briefings by default. */
  briefingsDir?: string;
  overrides?: SettingsOverrides;
}

/**
 * Reads and checks every setting, reporting every mistake found in one ContentError, so one
 * run of a command says everything that is wrong with the settings at once.
 * @param sources where to read from, and the environment's overrides
 * @throws ContentError naming the file (or variable), field and fix of each mistake
 */
export function readSettings(sources: SettingsSources = {}): Settings {
  const dataDir = sources.dataDir ?? DATA_DIR;
  const overrides = sources.overrides ?? {};
  const site = readSiteFile(dataDir);
  const problems: ContentProblem[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const settings = {
    dataDir,
    briefingsDir: path.resolve(sources.briefingsDir ?? DEFAULT_BRIEFINGS_DIR),
    site: attempt(() => siteSettingsFrom(site, overrides.siteUrl)),
    theme: attempt(() => loadTheme(site, dataDir)),
    archive: attempt(() => archiveSettingsFrom(site, overrides.archivePerPage)),
    paper: attempt(() => paperSettingFrom(site, overrides.paper)),
  };
  if (problems.length > 0) throw new ContentError(problems);
  return settings as Settings;
}
