import type { Briefing } from "../../content/briefing.ts";

/** What the archive needs of a briefing; pages get back the briefings they were given (rendered ones, for templates). */
export type ArchivedBriefing = Pick<Briefing, "slug" | "date" | "timeZone" | "tags">;
import { cachedFormatter } from "../../render/format/cached-formatter.ts";

const yearFormats = new Map<string, Intl.DateTimeFormat>();

/** Briefings published in one calendar year, newest first. */
export interface ArchiveYear<B extends ArchivedBriefing = ArchivedBriefing> {
  /** The year in the briefing's own time zone, e.g. "2024". */
  year: string;
  briefings: B[];
}

/** One page of the archive: its briefings grouped by year, and links to its neighbours. */
export interface ArchivePage<B extends ArchivedBriefing = ArchivedBriefing> {
  /** 1-based. */
  number: number;
  /** How many pages the archive has. */
  total: number;
  /** Site-relative URL: `/` for the first page, `/page/2/` after it (`/fr/`, `/fr/page/2/` in a language section). */
  url: string;
  years: ArchiveYear<B>[];
  /** URL of the page of newer briefings, if any. */
  previousUrl?: string;
  /** URL of the page of older briefings, if any. */
  nextUrl?: string;
}

/**
 * The URL of the archive's page `number` (1-based), under a language section's prefix.
 * @param number the page's number
 * @param prefix the section's prefix, `/` or `/fr/` (see content/paths/language-sections.ts)
 */
export function archivePageUrl(number: number, prefix = "/"): string {
  return number === 1 ? prefix : `${prefix}page/${number}/`;
}

/** The calendar year a briefing was published in, in its own time zone. */
export function publicationYear(briefing: ArchivedBriefing): string {
  // `date` always carries its UTC offset (the schema requires it), so it names one instant.
  return cachedFormatter(yearFormats, (l, o) => new Intl.DateTimeFormat(l, o), "en", { year: "numeric", timeZone: briefing.timeZone } as const).format(new Date(briefing.date));
}

/**
 * Orders briefings newest first (by the instant of `date`; ties by folder name, so the order
 * never depends on the file system).
 */
export function newestFirst<B extends ArchivedBriefing>(briefings: B[]): B[] {
  const time = (b: B) => Date.parse(b.date);
  return [...briefings].sort((a, b) => time(b) - time(a) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Groups briefings (already in order) by publication year, keeping their order. */
export function groupByYear<B extends ArchivedBriefing>(briefings: B[]): ArchiveYear<B>[] {
  const years: ArchiveYear<B>[] = [];
  for (const briefing of briefings) {
    const year = publicationYear(briefing);
    const last = years.at(-1);
    if (last?.year === year) last.briefings.push(briefing);
    else years.push({ year, briefings: [briefing] });
  }
  return years;
}

/**
 * Splits every briefing, newest first, into pages of `perPage`, each grouped by year. There is
 * always a first page, even with no briefings, so `/` exists.
 * @param briefings every briefing, in any order
 * @param perPage how many briefings one page lists
 * @param prefix where the pages sit: `/`, or a language section's `/fr/`
 */
export function archivePages<B extends ArchivedBriefing>(briefings: B[], perPage: number, prefix = "/"): ArchivePage<B>[] {
  const ordered = newestFirst(briefings);
  const total = Math.max(1, Math.ceil(ordered.length / perPage));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    return {
      number,
      total,
      url: archivePageUrl(number, prefix),
      years: groupByYear(ordered.slice(index * perPage, number * perPage)),
      previousUrl: number > 1 ? archivePageUrl(number - 1, prefix) : undefined,
      nextUrl: number < total ? archivePageUrl(number + 1, prefix) : undefined,
    };
  });
}
