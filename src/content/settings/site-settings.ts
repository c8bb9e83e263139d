import { z } from "zod";
import { ContentError, type ContentProblem } from "../../base/content-error.ts";
import type { SiteFile } from "./site-file.ts";
import { localizedTextSchema, type LocalizedText } from "../localized-text.ts";
import { checkInterfaceWords, missingInterfaceWords, type Labels } from "../interface-words.ts";

/** The environment variable that overrides `url` in `_data/site.json`, e.g. for a staging host. */
export const SITE_URL_VARIABLE = "SITE_URL";

const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "use a BCP 47 language tag, e.g. zh-CN or en");

const feedSchema = z.strictObject({
  title: localizedTextSchema.describe("the feed's name in feed readers"),
  subtitle: localizedTextSchema.describe("one sentence on what the feed carries"),
  author: z.strictObject({ name: localizedTextSchema }),
  language: languageTag.optional().describe("the feeds' language; defaults to the site's (see siteLanguageOf)"),
  limit: z.number().int().positive().describe("how many entries, newest first, each feed carries"),
  idAuthority: z
    .string()
    .regex(/^[a-z0-9.-]+$/, "use a domain name, e.g. briefings.example.org")
    .optional()
    .describe("the domain in entry ids (tag: URIs); defaults to the host of url"),
});

const siteSchema = z.looseObject({
  // The other fields of site.json belong to other modules (see SITE_FIELDS in site-file.ts).
  url: z.string().optional(),
  title: localizedTextSchema.describe("the site's name"),
  description: localizedTextSchema.describe("one sentence on what the site is"),
  language: languageTag.describe("the language settings given as plain text are written in"),
  feed: feedSchema,
});

/** What `feed` in `_data/site.json` says about the feeds. */
export type FeedSettings = z.infer<typeof feedSchema>;

/** Where the site lives, what it is called and how its feeds describe themselves. */
export interface SiteSettings {
  /** The language of the settings given as plain text, and of the site's own pages when briefings are in several. */
  language: string;
  title: LocalizedText;
  description: LocalizedText;
  /** The absolute base URL, ending in "/": `https://example.org/briefings/`. */
  url: string;
  /** The path of `url`, which Eleventy puts before every root-relative link: `/briefings/`. */
  pathPrefix: string;
  /** The domain entry ids are minted under. */
  idAuthority: string;
  feed: FeedSettings;
}

/**
 * Checks the site's base URL, words and feed settings in site.json, with `SITE_URL` overriding
 * `url`. The feeds' links and ids and any sub-path hosting depend on the base URL, so a missing or
 * relative one stops the build with a message saying what to write.
 * @param site site.json, as readSiteFile read it
 * @param siteUrl the `SITE_URL` environment variable, when set
 */
export function siteSettingsFrom(site: SiteFile, siteUrl?: string): SiteSettings {
  const { where } = site;
  const parsed = siteSchema.safeParse(site.data);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue): ContentProblem => {
        const field = issue.path.join(".");
        return { file: where, field, message: settingMessage(field, valueAt(site.data, issue.path), issue.message) };
      }),
    );
  }
  const url = siteUrl ? checkBaseUrl(siteUrl, { file: `the ${SITE_URL_VARIABLE} environment variable`, field: undefined }) : checkBaseUrl(parsed.data.url, { file: where, field: "url" });
  const { pathname, hostname } = new URL(url);
  const { language, title, description, feed } = parsed.data;
  return { url, pathPrefix: pathname, idAuthority: feed.idAuthority ?? hostname, language, title, description, feed };
}

/**
 * The language of the pages that belong to no briefing (the 404 page, the feed page) and, unless
 * `feed.language` says otherwise, of the feeds: the briefings' language when they all share one
 * (an English-only site is English throughout), otherwise the site's `language`.
 * @param briefings the site's briefings
 * @param siteLanguage `language` in site.json
 */
export function siteLanguageOf(briefings: ReadonlyArray<{ language: string }>, siteLanguage: string): string {
  // Stops at the second language: every page asks, and a site has a thousand briefings.
  const first = briefings[0]?.language;
  for (const briefing of briefings) if (briefing.language !== first) return siteLanguage;
  return first ?? siteLanguage;
}

/**
 * The feeds' language: `feed.language` if set, else the site's (see siteLanguageOf).
 * @param settings the site's settings
 * @param briefings the site's briefings
 */
export function feedLanguageOf(settings: Pick<SiteSettings, "language" | "feed">, briefings: ReadonlyArray<{ language: string }>): string {
  return settings.feed.language ?? siteLanguageOf(briefings, settings.language);
}

/**
 * Checks, before anything is built, that every language the site shows has its interface words
 * and that every labels file is complete. Settings given per language (the site's name,
 * description, feed words, the theme's logo) need no text for every language: a page in a
 * language they do not name shows the site language's text (see textIn), so a new language is
 * one labels file and nothing else, reported in one round.
 * @param settings the site's settings
 * @param briefings the site's briefings
 * @param labels every language's interface words
 * @throws ContentError listing every missing labels file and every fault in one
 */
export function checkSiteLanguages(settings: SiteSettings, briefings: ReadonlyArray<{ language: string }>, labels: Record<string, Labels>): void {
  const siteLanguage = siteLanguageOf(briefings, settings.language);
  const feedLanguage = feedLanguageOf(settings, briefings);
  const pageLanguages = [...new Set([...briefings.map((b) => b.language), siteLanguage, feedLanguage])];
  const problems: ContentProblem[] = [...missingInterfaceWords(labels, pageLanguages), ...checkInterfaceWords(labels)];
  if (problems.length > 0) throw new ContentError(problems);
}

/** What each setting a site must have says, for messages about a missing one. */
const REQUIRED_SETTINGS: Record<string, string> = {
  title: "the site's name",
  description: "one sentence on what the site is",
  language: "the language plain-text settings are written in, e.g. \"zh-CN\"",
  feed: "the feeds' settings: title, subtitle, author.name and limit",
  "feed.title": "the feeds' name in feed readers",
  "feed.subtitle": "one sentence on what the feeds carry",
  "feed.author": "the feeds' author, { \"name\": … }",
  "feed.author.name": "the name feeds give as their author",
  "feed.limit": "how many entries each feed carries, e.g. 50",
};

/** Settings written per language: their fix names the form. */
const LOCALIZED_SETTINGS = new Set(["title", "description", "feed.title", "feed.subtitle", "feed.author.name"]);

/**
 * A message that says what a faulty setting is and how to write it: a missing one is named
 * with what it sets, and a per-language one shows its two forms.
 */
function settingMessage(field: string, value: unknown, fallback: string): string {
  const form = LOCALIZED_SETTINGS.has(field) ? ` (one text for every language, or one per language: { "en": "…", "fr": "…" })` : "";
  if (value === undefined && REQUIRED_SETTINGS[field]) return `is missing: give ${REQUIRED_SETTINGS[field]}${form}`;
  if (form && fallback === "Invalid input") return `is not a text: write it as one text for every language, or one per language: { "en": "…", "fr": "…" }`;
  return fallback;
}

/** The value at a path in the parsed file, or undefined. */
function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** The base URL as an absolute http(s) URL ending in "/", or a ContentError saying what to write. */
function checkBaseUrl(value: string | undefined, where: { file: string; field: string | undefined }): string {
  const example = "write the full address the site is published at, e.g. https://briefings.example.org/ or https://example.org/briefings/";
  const problem = (message: string) => new ContentError([{ file: where.file, field: where.field, message: `${message}; ${example}` }]);
  if (!value || !value.trim()) throw problem("the site's base URL is missing; feeds need it for their links and ids");
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw problem(`"${value}" is not an absolute URL; feeds need one for their links and ids`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw problem(`"${value}" is not a web address`);
  if (url.search || url.hash || url.username || url.password) throw problem(`"${value}" has a query, fragment or password; give only the address`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.toString();
}
