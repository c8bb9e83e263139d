import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UserFacingError } from "../../base/user-facing-error.ts";
import { SLUG_PATTERN } from "../../content/schema.ts";
import { loadInterfaceWords, wordOf } from "../../content/interface-words.ts";
import { localDateTime } from "./local-date-time.ts";
import { slugFromTitle } from "./slug-from-title.ts";

/** What `npm run new` is given. */
export interface ScaffoldOptions {
  title: string;
  /** The folder name; derived from a Latin title when not given. */
  slug?: string;
  /** BCP 47 tag; defaults to `siteLanguage`. */
  language?: string;
  /** The site's language, `language` in its settings. */
  siteLanguage: string;
  /** The folder of briefings. */
  briefingsDir: string;
  /** The `_data` folder, for the placeholder words. */
  dataDir: string;
  /** When the briefing is dated; defaults to now. */
  now?: Date;
}

/** What was written. */
export interface ScaffoldResult {
  slug: string;
  dir: string;
  files: string[];
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * Writes a new briefing folder that builds at once: `briefing.yaml` dated now with the
 * machine's UTC offset and time zone, in the site's language (or the one given), with
 * placeholders in that language that pass the schema, and one section. Refuses to touch an
 * existing folder, and says how to choose a folder name when the title gives none.
 * @throws UserFacingError saying what to do instead
 */
export function scaffoldBriefing(options: ScaffoldOptions): ScaffoldResult {
  const { dataDir } = options;
  const title = options.title.trim();
  const example = 'npm run new -- "北京港口运行简报" --slug beijing-port-operations';
  if (!title) throw new UserFacingError(`Give the new briefing's title, e.g. ${example}`);
  const slug = options.slug ?? slugFromTitle(title);
  if (!slug) {
    throw new UserFacingError(
      `The title "${title}" gives no folder name in Latin letters, which the briefing's web address needs. ` +
        `Choose one with --slug (lower-case letters, digits and hyphens), e.g. ${example}`,
    );
  }
  if (!SLUG_PATTERN.test(slug)) {
    throw new UserFacingError(`--slug "${slug}" cannot be a folder name: use lower-case letters, digits and single hyphens, e.g. port-traffic-2024`);
  }
  const language = options.language ?? options.siteLanguage;
  if (!LANGUAGE_TAG.test(language)) throw new UserFacingError(`--lang "${language}" is not a language tag: use one such as zh-CN or en`);

  const dir = path.join(options.briefingsDir, slug);
  if (existsSync(dir)) {
    throw new UserFacingError(`${dir} already exists; nothing was written. Choose another folder name with --slug, or edit that briefing.`);
  }
  const words = loadInterfaceWords(language, path.join(dataDir, "labels"));
  const now = localDateTime(options.now);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const q = (text: string) => JSON.stringify(text);

  const yaml = [
    `# Made by npm run new. The fields are explained in README.md, "Add a briefing".`,
    `title: ${q(title)}`,
    `date: ${now}`,
    `timeZone: ${timeZone}`,
    `language: ${language}`,
    `summary: ${q(wordOf(words, "newSummary"))}`,
    `publisher: ${q(wordOf(words, "newPublisher"))}`,
    `tags: []`,
    `source:`,
    `  title: ${q(wordOf(words, "newSourceTitle"))}`,
    `  publisher: ${q(wordOf(words, "newSourcePublisher"))}`,
    `  date: ${now.slice(0, 10)}`,
    `  # url: https://…  # where readers can read it, if it is online`,
    `credits: []`,
    `# Every number the prose states is a key figure here, quoted in a section as {% figure "id" %}.`,
    `figures: []`,
    `updates: []`,
    "",
  ].join("\n");
  const section = ["---", `title: ${q(wordOf(words, "newSectionTitle"))}`, "---", "", wordOf(words, "newSectionText"), ""].join("\n");
  const sectionFile = path.join("sections", "01-overview.md");

  mkdirSync(path.join(dir, "sections"), { recursive: true });
  writeFileSync(path.join(dir, "briefing.yaml"), yaml);
  writeFileSync(path.join(dir, sectionFile), section);
  return { slug, dir, files: ["briefing.yaml", sectionFile] };
}
