import type { BriefingUpdate } from "../../content/briefing.ts";
import type { RenderedBriefing } from "../../render/briefing/rendered-briefing.ts";
import { escapeHtml } from "../../render/html/escape-html.ts";
import type { PdfInfo } from "../pdf/read-pdf-info.ts";
import { interfaceWordsFor, wordOf, type Labels } from "../../content/interface-words.ts";
import { formatCitation } from "../../render/format/format-citation.ts";
import { absolutizeHtml, toAbsoluteUrl } from "../../render/html/absolute-urls.ts";
import { briefingEntryId, updateEntryId } from "./entry-ids.ts";
import { instantOf, toRfc3339, toRfc822 } from "./feed-dates.ts";
import { FEED_PATHS, type FeedPathSet } from "../../content/paths/feed-paths.ts";
import { feedLanguageOf, type SiteSettings } from "../../content/settings/site-settings.ts";
import { textIn } from "../../content/localized-text.ts";
import { tagSlug } from "../../content/paths/tag-paths.ts";
import { sectionPath } from "../../content/paths/language-sections.ts";
import { editionIn } from "../../content/paths/edition-paths.ts";
import { pdfKey } from "../../content/paths/briefing-paths.ts";
import { textDirection } from "../../content/language-script.ts";

/** A date as each feed format writes it, in the briefing's zone. */
export interface FeedDate {
  /** For Atom and JSON Feed: `2023-06-27T18:00:00+08:00`. */
  rfc3339: string;
  /** For RSS: `Tue, 27 Jun 2023 18:00:00 +0800`. */
  rfc822: string;
  /** For ordering. */
  time: number;
}

/** A file attached to an entry: a briefing's PDF. */
export interface FeedEnclosure {
  url: string;
  /** Exact size in bytes. */
  bytes: number;
  type: "application/pdf";
}

/** One entry, in the terms all three formats share. Every URL is absolute. */
export interface FeedEntry {
  /** A `tag:` URI that never changes (see entry-ids.ts). */
  id: string;
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /**
   * The summary as HTML (the text escaped), for RSS's `<description>`, which readers render as
   * HTML: escaped once here and once more for XML, `<script>` in a summary is shown, not run.
   */
  summaryHtml: string;
  /** The full text as HTML, with absolute URLs. */
  contentHtml: string;
  published: FeedDate;
  updated: FeedDate;
  language: string;
  author: string;
  categories: string[];
  enclosure?: FeedEnclosure;
}

/** A feed: its description and its entries, newest first. */
export interface Feed {
  title: string;
  subtitle: string;
  /** The subtitle as HTML, for RSS's channel `<description>` (see FeedEntry.summaryHtml). */
  subtitleHtml: string;
  language: string;
  author: string;
  /** The site's home page. */
  homeUrl: string;
  /** Absolute URLs of the three feeds. */
  urls: { rss: string; atom: string; json: string };
  /**
   * Absolute URL of the subscribe page, which the XML feeds name in a comment at their top: a
   * browser that opens a feed shows its source, comment first; a reader ignores it. (An XSLT
   * stylesheet did this before; browsers are removing XSLT.)
   */
  pageUrl: string;
  /** The newest entry's `updated`, so an unchanged site gives an unchanged feed. */
  updated?: FeedDate;
  entries: FeedEntry[];
}

/**
 * Which feed: the whole site's (no tag), or one tag's, with where its files and page are.
 * The feed templates paginate over every scope, so a tag's feeds are the same templates.
 */
export interface FeedScope {
  /** The tag, as shown in the feed's title; absent for the site's feed. */
  tag?: string;
  /** The tag's slug; briefings whose tags have this slug are in the feed. */
  tagSlug?: string;
  /** Site paths of the three feeds. */
  paths: FeedPathSet;
  /** Site path of the page the feed stands for: `/` or the tag's page. */
  homePath: string;
  /**
   * The language section the feed belongs to (see content/paths/language-sections.ts): its words
   * and `language` are that section's. Absent for the root, whose language is `feed.language`
   * or the site's (feedLanguageOf).
   */
  section?: { language: string; prefix: string };
}

/** The site's own feed scope: every briefing, at the paths in FEED_PATHS. */
export const SITE_FEED_SCOPE: FeedScope = { paths: { rss: FEED_PATHS.rss, atom: FEED_PATHS.atom, json: FEED_PATHS.json }, homePath: "/" };

/** What a feed is made from. */
export interface FeedSources {
  briefings: RenderedBriefing[];
  /** PDFs the build printed, by pdfKey (each edition its own); absent ones get no enclosure. */
  pdfs: Record<string, PdfInfo>;
  /** Interface words, by language (`_data/labels/`). */
  labels: Record<string, Labels>;
  settings: SiteSettings;
  /** Whose feed: the site's (the default) or a tag's. */
  scope?: FeedScope;
}

/**
 * Builds the feed: one entry per briefing and one per dated update, newest first,
 * at most `feed.limit` of them.
 * @param sources the briefings, their PDFs, interface words and site settings
 */
export function buildFeed(sources: FeedSources): Feed {
  const { settings } = sources;
  const scope = sources.scope ?? SITE_FEED_SCOPE;
  // A tag's feed speaks its section's language, so all of a section's feeds read alike.
  const language = scope.section && scope.section.prefix !== "/" ? scope.section.language : feedLanguageOf(settings, sources.briefings);
  // A section's feeds carry each briefing in the section's language where it has that edition.
  const listed = scope.section ? sources.briefings.map((briefing) => editionIn(briefing, scope.section!)) : sources.briefings;
  const inScope = scope.tagSlug === undefined ? listed : listed.filter((b) => (b.tags ?? []).some((tag) => tagSlug(tag) === scope.tagSlug));
  // Entries are ordered by date and id first, and only the `limit` kept are written out: an
  // entry's content is every section of its briefing, and a site has hundreds of briefings.
  const { idAuthority } = settings;
  const entries = inScope
    .flatMap((briefing): PendingEntry[] => {
      const day = dayOf(briefing.date, briefing.timeZone);
      return [
        { time: instantOf(briefing.date, briefing.timeZone).getTime(), id: briefingEntryId(idAuthority, day, briefing.slug, briefing.edition), write: () => briefingEntry(briefing, sources) },
        ...briefing.updates.map((update) => ({
          time: instantOf(update.date, briefing.timeZone).getTime(),
          id: updateEntryId(idAuthority, day, briefing.slug, update.id, briefing.edition),
          write: () => updateEntry(briefing, update, sources),
        })),
      ];
    })
    .sort((a, b) => b.time - a.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, settings.feed.limit)
    .map((pending) => pending.write());
  const newest = entries.reduce<FeedDate | undefined>((latest, entry) => (!latest || entry.updated.time > latest.time ? entry.updated : latest), undefined);
  const title = textIn(settings.feed.title, language, settings.language).text;
  const subtitle = textIn(settings.feed.subtitle, language, settings.language).text;
  return {
    title: scope.tag ? `${title} · ${scope.tag}` : title,
    subtitle,
    subtitleHtml: escapeHtml(subtitle),
    language,
    author: textIn(settings.feed.author.name, language, settings.language).text,
    homeUrl: toAbsoluteUrl(scope.homePath, settings.url),
    urls: {
      rss: toAbsoluteUrl(scope.paths.rss, settings.url),
      atom: toAbsoluteUrl(scope.paths.atom, settings.url),
      json: toAbsoluteUrl(scope.paths.json, settings.url),
    },
    pageUrl: toAbsoluteUrl(sectionPath(scope.section ?? { prefix: "/" }, FEED_PATHS.page), settings.url),
    updated: newest,
    entries,
  };
}

/** An entry known by its date and id, written only if the feed keeps it. */
interface PendingEntry {
  time: number;
  id: string;
  write: () => FeedEntry;
}

/**
 * A briefing's sections as feed HTML, by briefing and site URL: the site's feed and each of its
 * tags' feeds hold the same entry, and this (every section, links made absolute) is its costly part.
 */
const sectionsHtml = new WeakMap<RenderedBriefing, Map<string, string>>();

function feedSectionsHtml(briefing: RenderedBriefing, siteUrl: string): string {
  let bySite = sectionsHtml.get(briefing);
  if (!bySite) sectionsHtml.set(briefing, (bySite = new Map()));
  let html = bySite.get(siteUrl);
  if (html === undefined) {
    html = briefing.sections
      .map((section) => `<h2><a href="${escapeHtml(toAbsoluteUrl(section.url, siteUrl))}">${escapeHtml(section.title)}</a></h2>\n${absolutizeHtml(section.nestedHtml, siteUrl, section.url)}`)
      .join("\n");
    bySite.set(siteUrl, html);
  }
  return html;
}

function briefingEntry(briefing: RenderedBriefing, sources: FeedSources): FeedEntry {
  const { url: siteUrl, idAuthority } = sources.settings;
  // Each edition's entry encloses its own PDF, in its language.
  const pdf = sources.pdfs[pdfKey(briefing)];
  return {
    id: briefingEntryId(idAuthority, dayOf(briefing.date, briefing.timeZone), briefing.slug, briefing.edition),
    url: toAbsoluteUrl(briefing.url, siteUrl),
    title: briefing.title,
    summary: briefing.summary,
    summaryHtml: inDirection(escapeHtml(briefing.summary), briefing.language),
    contentHtml: inDirection([`<p>${escapeHtml(briefing.summary)}</p>`, ...(briefing.sections.length > 0 ? [feedSectionsHtml(briefing, siteUrl)] : [])].join("\n"), briefing.language),
    published: feedDate(briefing.date, briefing.timeZone),
    updated: feedDate(briefing.updated, briefing.timeZone),
    language: briefing.language,
    author: briefing.publisher,
    categories: briefing.tags,
    enclosure: pdf && { url: toAbsoluteUrl(pdf.url, siteUrl), bytes: pdf.bytes, type: "application/pdf" },
  };
}

function updateEntry(briefing: RenderedBriefing, update: BriefingUpdate, sources: FeedSources): FeedEntry {
  const { url: siteUrl, idAuthority } = sources.settings;
  const labels = interfaceWordsFor(sources.labels, briefing.language);
  const paragraphs = [`<p>${escapeHtml(update.note)}</p>`];
  if (update.source) {
    paragraphs.push(`<p>${escapeHtml(wordOf(labels, "sourcePrefix", "Source: "))}${escapeHtml(formatCitation(update.source, briefing.language, briefing.timeZone))}</p>`);
  }
  paragraphs.push(`<p><a href="${escapeHtml(toAbsoluteUrl(briefing.url, siteUrl))}">${escapeHtml(briefing.title)}</a></p>`);
  const date = feedDate(update.date, briefing.timeZone);
  return {
    id: updateEntryId(idAuthority, dayOf(briefing.date, briefing.timeZone), briefing.slug, update.id, briefing.edition),
    url: toAbsoluteUrl(`${briefing.url}updates/#update-${update.id}`, siteUrl),
    title: update.title,
    summary: update.note,
    summaryHtml: inDirection(escapeHtml(update.note), briefing.language),
    contentHtml: inDirection(paragraphs.join("\n"), briefing.language),
    published: date,
    updated: date,
    language: briefing.language,
    author: briefing.publisher,
    categories: briefing.tags,
  };
}

/**
 * Entry HTML in a right-to-left language, wrapped so feed readers set it right to left: the
 * entry's language (`dc:language`, `xml:lang`) does not make readers change direction.
 */
function inDirection(html: string, language: string): string {
  return textDirection(language) === "rtl" ? `<div dir="rtl" lang="${escapeHtml(language)}">${html}</div>` : html;
}

function feedDate(value: string, timeZone: string): FeedDate {
  const instant = instantOf(value, timeZone);
  return { rfc3339: toRfc3339(instant, timeZone), rfc822: toRfc822(instant, timeZone), time: instant.getTime() };
}

/** The calendar day of a date in its zone, as ids use it. */
function dayOf(value: string, timeZone: string): string {
  return toRfc3339(instantOf(value, timeZone), timeZone).slice(0, 10);
}
