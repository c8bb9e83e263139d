import { readFileSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import type { Finding } from "./finding.ts";
import { rfc3339Problem, rfc822Problem } from "./feed-dates.ts";
import { tagSlug } from "../../content/paths/tag-paths.ts";
import type { SiteAddress } from "./site-address.ts";
import type { SiteLinks } from "./site-links.ts";

/** The JSON Feed version the site promises. */
const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

/** An element as fast-xml-parser gives it: text, or attributes ("@_name") with "#text". */
type XmlNode = string | { [key: string]: XmlNode | XmlNode[] | undefined };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ["item", "entry", "link", "enclosure", "category", "atom:link", "author"].includes(name),
});

/**
 * Checks the site's RSS 2.0, Atom and JSON Feed files by the W3C feed validator's rules that
 * matter to readers: well-formed XML, required elements, absolute URLs (in links and in the
 * HTML the entries carry), RFC 822 dates in RSS and RFC 3339 in Atom and JSON Feed, unique
 * permanent ids, the feed's self link naming where it is published, and every enclosure's
 * length equal to its file's size. Links into the site must lead to a file of it; the feeds of
 * one folder must carry the same entries in the same order, and a topic's feeds the entries of
 * its language section's feed (the site's at the root) that have its tag. A file named as a feed (feed.xml, atom.xml, feed.json) that does not
 * parse as one is a finding, never skipped.
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 * @param links the site's link resolver
 * @param address where the site is published
 */
export function checkFeeds(root: string, files: string[], links: SiteLinks, address: SiteAddress): Finding[] {
  const findings: Finding[] = [];
  const feeds: ReadFeed[] = [];
  for (const file of files) {
    if (!file.endsWith(".xml") && !file.endsWith(".json")) continue;
    const text = readFileSync(path.join(root, file), "utf8");
    const report = new FeedReport(file, findings, links, root, address);
    // The site's feeds are known by name: one that fails to parse is a finding, never skipped.
    const named = FEED_NAMES.has(path.posix.basename(file));
    if (file.endsWith(".xml")) {
      if (!named && !/<(rss|feed)[\s>]/.test(text)) continue;
      const valid = XMLValidator.validate(text);
      if (valid !== true) {
        report.add(`is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
        continue;
      }
      const document = parser.parse(text) as Record<string, XmlNode>;
      for (const match of text.matchAll(/<\?xml-stylesheet[^>]*\bhref="([^"]*)"/g)) report.siteLink(match[1]!, "xml-stylesheet", true);
      if (document.rss) feeds.push({ file, entries: checkRss(document.rss, report) });
      else if (document.feed) feeds.push({ file, entries: checkAtom(document.feed, report) });
      else report.add("is neither an RSS (<rss>) nor an Atom (<feed>) feed");
    } else {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        if (named) report.add(`is not valid JSON: ${(error as Error).message}`);
        continue;
      }
      if (!isObject(json) || typeof json.version !== "string" || !json.version.startsWith("https://jsonfeed.org/version/")) {
        if (named) report.add(`is not a JSON Feed: it has no "version": "${JSON_FEED_VERSION}"`);
        continue;
      }
      feeds.push({ file, entries: checkJsonFeed(json, report) });
    }
  }
  findings.push(...compareFeeds(feeds));
  return findings;
}

/** The names the site publishes its feeds under, in its root and in each topic's folder. */
const FEED_NAMES = new Set(["feed.xml", "atom.xml", "feed.json"]);

/** One feed's entries, in order: each entry's id and the tags (categories) it carries. */
interface ReadFeed {
  file: string;
  entries: FeedEntry[];
}

/** An entry as the comparison of feeds needs it. */
interface FeedEntry {
  id: string;
  tags: string[];
}

/**
 * The feeds of one folder (RSS, Atom, JSON Feed) must carry the same entries in the same order.
 * A topic's feeds (`tags/<slug>/`) carry the site feed's entries that have that tag, in the same
 * order; past the site feed's last entry they may go on (each feed keeps its own `feed.limit`
 * newest), but only with entries the site feed does not carry.
 */
function compareFeeds(feeds: ReadFeed[]): Finding[] {
  const findings: Finding[] = [];
  const byFolder = new Map<string, ReadFeed[]>();
  for (const feed of feeds) {
    const folder = path.posix.dirname(feed.file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), feed]);
  }
  for (const [, [first, ...others]] of byFolder) {
    for (const other of others) {
      const differs = firstDifference(first!.entries, other.entries);
      if (differs !== undefined) {
        findings.push({
          file: other.file,
          problem: `entry ${differs + 1} has the id ${other.entries[differs]?.id ?? "(none)"} where ${first!.file} has ${first!.entries[differs]?.id ?? "(none)"}; the feeds of one folder should carry the same entries in the same order`,
        });
      }
    }
  }
  // The other feeds of a topic's folder are compared with its first above, so a fault in one
  // feed is reported once. A language section's topics (`en/tags/<slug>/`) are its own feed's
  // (`en/feed.xml`): each section names its topics in its language.
  for (const [folder, [feed]] of byFolder) {
    const topic = /^(?:(.+)\/)?tags\/([^/]+)$/.exec(folder);
    const site = topic ? byFolder.get(topic[1] ?? ".")?.[0] : undefined;
    if (!topic || !site || !feed) continue;
    const slug = topic[2]!;
    const carried = new Set(site.entries.map((entry) => entry.id));
    const tagged = site.entries.filter((entry) => entry.tags.some((tag) => tagSlug(tag) === slug));
    const differs = firstDifference(tagged, feed.entries.slice(0, tagged.length));
    const stray = feed.entries.slice(tagged.length).findIndex((entry) => carried.has(entry.id));
    if (differs !== undefined) {
      findings.push({
        file: feed.file,
        problem: `entry ${differs + 1} has the id ${feed.entries[differs]?.id ?? "(none)"} where the site's ${site.file}, among its entries tagged "${slug}", has ${tagged[differs]?.id ?? "(none)"}; a topic's feed carries the entries that have its tag`,
      });
    } else if (stray !== -1) {
      const entry = feed.entries[tagged.length + stray]!;
      findings.push({ file: feed.file, problem: `entry ${tagged.length + stray + 1} (${entry.id}) is in the site's ${site.file} without the tag "${slug}"; a topic's feed carries only the entries that have its tag` });
    }
  }
  return findings;
}

/** The index at which two lists of entries first differ (in id or in length), or undefined. */
function firstDifference(a: FeedEntry[], b: FeedEntry[]): number | undefined {
  const at = Math.max(a.length, b.length);
  return Array.from({ length: at }, (_, i) => i).find((i) => a[i]?.id !== b[i]?.id);
}

/** Collects one feed's findings and knows how to check its URLs. */
class FeedReport {
  constructor(
    readonly file: string,
    private readonly findings: Finding[],
    private readonly links: SiteLinks,
    private readonly root: string,
    private readonly address: SiteAddress,
  ) {}

  add(problem: string): void {
    this.findings.push({ file: this.file, problem });
  }

  /** A URL that must be absolute (feed readers resolve nothing) and, if into the site, resolve. */
  absolute(value: unknown, where: string): void {
    if (typeof value !== "string" || value.trim() === "") {
      this.add(`${where}: the URL is missing`);
      return;
    }
    if (!/^https?:\/\//i.test(value.trim())) {
      this.add(`${where}: "${value}" is not an absolute URL; feed readers need the full address`);
      return;
    }
    this.siteLink(value, where, false);
  }

  /** A link into the site must lead to a file of it. */
  siteLink(value: string, where: string, relativeAllowed: boolean): void {
    const base = relativeAllowed ? this.links.urlOf(this.file) : new URL(this.address.url);
    const problem = this.links.problemWith(value, base);
    if (problem) this.add(`${where}: ${problem}`);
  }

  /** Every URL in HTML an entry carries must be absolute: readers show it away from the site. */
  html(markup: unknown, where: string): void {
    if (typeof markup !== "string" || markup === "") return;
    const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
    for (const element of document.querySelectorAll("[href], [src], [srcset]")) {
      for (const name of ["href", "src"]) {
        const value = element.getAttribute(name);
        if (value !== null && !/^(mailto|tel|data):/i.test(value)) this.absolute(value, `${where} (${element.localName} ${name})`);
      }
      const srcset = element.getAttribute("srcset");
      if (srcset) for (const candidate of srcset.split(",")) this.absolute(candidate.trim().split(/\s+/)[0], `${where} (srcset)`);
    }
  }

  /** An enclosure's stated length must be its file's size, or readers cut or reject the download. */
  enclosure(url: unknown, length: unknown, where: string): void {
    this.absolute(url, where);
    if (typeof url !== "string") return;
    const size = this.localSize(url);
    const stated = Number(length);
    if (length === undefined || length === "" || !Number.isInteger(stated) || stated < 0) {
      this.add(`${where}: the length "${String(length ?? "")}" is not a whole number of bytes`);
    } else if (size !== undefined && stated !== size) {
      this.add(`${where}: states ${stated} bytes, but the file is ${size} bytes`);
    }
  }

  /** The size of the site's file a URL names, or undefined when it is not one of the site's. */
  private localSize(url: string): number | undefined {
    if (!URL.canParse(url)) return undefined;
    const target = new URL(url);
    const base = new URL(this.address.url);
    if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return undefined;
    const file = path.join(this.root, decodeURIComponent(target.pathname.slice(base.pathname.length)));
    return existsSync(file) && statSync(file).isFile() ? statSync(file).size : undefined;
  }

  /** Ids must be present and unique within the feed; the entries that have one are returned. */
  ids(entries: Array<{ id: string | undefined; tags: string[] } | undefined>, what: string): FeedEntry[] {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const id = entry?.id;
      if (!id) this.add(`${what} ${index + 1} has no id`);
      else if (seen.has(id)) this.add(`${what} ${index + 1} repeats the id ${id}; each entry needs its own permanent id`);
      else seen.add(id);
    });
    return entries.filter((entry): entry is FeedEntry => Boolean(entry?.id));
  }

  date(value: unknown, where: string, rule: (value: string) => string | undefined): void {
    if (value === undefined) return;
    const problem = rule(text(value as XmlNode));
    if (problem) this.add(`${where}: ${problem}`);
  }

  required(value: unknown, where: string): void {
    if (value === undefined || (typeof value !== "object" && text(value as XmlNode) === "")) this.add(`${where} is missing`);
  }

  selfLink(href: unknown, where: string): void {
    const own = this.links.urlOf(this.file).href;
    if (href === undefined) this.add(`${where} is missing; it should be ${own}`);
    else if (href !== own) this.add(`${where} is ${String(href)}, but the feed is published at ${own}`);
  }
}

function checkRss(rss: XmlNode, report: FeedReport): FeedEntry[] {
  if (typeof rss === "string" || rss["@_version"] !== "2.0") report.add(`the rss element must have version="2.0"`);
  const channel = typeof rss === "string" ? undefined : (rss.channel as XmlNode | undefined);
  if (!channel || typeof channel === "string") {
    report.add("has no channel element");
    return [];
  }
  for (const field of ["title", "link", "description"]) report.required(channel[field], `channel ${field}`);
  report.absolute(text(channel.link as XmlNode), "channel link");
  report.date(channel.lastBuildDate, "channel lastBuildDate", rfc822Problem);
  report.date(channel.pubDate, "channel pubDate", rfc822Problem);
  const self = (channel["atom:link"] as XmlNode[] | undefined)?.find((link) => typeof link !== "string" && link["@_rel"] === "self");
  report.selfLink(self && typeof self !== "string" ? self["@_href"] : undefined, "channel atom:link rel=self");
  const items = (channel.item as XmlNode[] | undefined) ?? [];
  return report.ids(
    items.map((item, index) => {
      const where = `item ${index + 1}`;
      if (typeof item === "string") return undefined;
      if (item.title === undefined && item.description === undefined) report.add(`${where} has neither title nor description`);
      if (item.link !== undefined) report.absolute(text(first(item.link)), `${where} link`);
      report.date(item.pubDate, `${where} pubDate`, rfc822Problem);
      const guid = item.guid as XmlNode | undefined;
      const id = guid === undefined ? undefined : text(guid);
      if (guid !== undefined && (typeof guid === "string" || guid["@_isPermaLink"] !== "false")) report.absolute(id, `${where} guid (a permalink unless isPermaLink="false")`);
      const enclosures = (item.enclosure as XmlNode[] | undefined) ?? [];
      if (enclosures.length > 1) report.add(`${where} has ${enclosures.length} enclosures; RSS readers take only one`);
      for (const enclosure of enclosures) {
        if (typeof enclosure === "string") continue;
        report.enclosure(enclosure["@_url"], enclosure["@_length"], `${where} enclosure`);
        if (!enclosure["@_type"]) report.add(`${where} enclosure has no type`);
      }
      report.html(text(item.description as XmlNode), `${where} description`);
      report.html(text(item["content:encoded"] as XmlNode), `${where} content:encoded`);
      return { id, tags: ((item.category as XmlNode[] | undefined) ?? []).map((category) => text(category)) };
    }),
    "item",
  );
}

function checkAtom(feed: XmlNode, report: FeedReport): FeedEntry[] {
  if (typeof feed === "string") {
    report.add("the feed element is empty");
    return [];
  }
  for (const field of ["id", "title", "updated"]) report.required(feed[field], `feed ${field}`);
  checkIri(text(feed.id as XmlNode), "feed id", report);
  report.date(feed.updated, "feed updated", rfc3339Problem);
  const feedLinks = ((feed.link as XmlNode[] | undefined) ?? []).filter((l): l is Exclude<XmlNode, string> => typeof l !== "string");
  feedLinks.forEach((link) => report.absolute(link["@_href"], `feed link rel=${String(link["@_rel"] ?? "alternate")}`));
  report.selfLink(feedLinks.find((link) => link["@_rel"] === "self")?.["@_href"], "feed link rel=self");
  const feedHasAuthor = feed.author !== undefined;
  const entries = (feed.entry as XmlNode[] | undefined) ?? [];
  return report.ids(
    entries.map((entry, index) => {
      const where = `entry ${index + 1}`;
      if (typeof entry === "string") return undefined;
      for (const field of ["title", "updated"]) report.required(entry[field], `${where} ${field}`);
      if (!feedHasAuthor && entry.author === undefined) report.add(`${where} has no author, and neither has the feed`);
      const id = entry.id === undefined ? undefined : text(entry.id as XmlNode);
      if (id) checkIri(id, `${where} id`, report);
      report.date(entry.updated, `${where} updated`, rfc3339Problem);
      report.date(entry.published, `${where} published`, rfc3339Problem);
      for (const link of (entry.link as XmlNode[] | undefined) ?? []) {
        if (typeof link === "string") continue;
        if (link["@_rel"] === "enclosure") report.enclosure(link["@_href"], link["@_length"], `${where} enclosure`);
        else report.absolute(link["@_href"], `${where} link rel=${String(link["@_rel"] ?? "alternate")}`);
      }
      for (const field of ["content", "summary"]) {
        const node = entry[field] as XmlNode | undefined;
        if (node !== undefined && typeof node !== "string" && node["@_type"] === "html") report.html(text(node), `${where} ${field}`);
      }
      const categories = ((entry.category as XmlNode[] | undefined) ?? []).filter((c): c is Exclude<XmlNode, string> => typeof c !== "string");
      return { id, tags: categories.map((category) => String(category["@_term"] ?? "")) };
    }),
    "entry",
  );
}

function checkJsonFeed(feed: Record<string, unknown>, report: FeedReport): FeedEntry[] {
  if (feed.version !== JSON_FEED_VERSION) report.add(`version is ${String(feed.version)}; the site publishes JSON Feed 1.1 (${JSON_FEED_VERSION})`);
  if (typeof feed.title !== "string" || feed.title === "") report.add("title is missing");
  if (feed.home_page_url !== undefined) report.absolute(feed.home_page_url, "home_page_url");
  report.selfLink(feed.feed_url, "feed_url");
  checkJsonAuthors(feed.authors, "authors", report);
  if (!Array.isArray(feed.items)) {
    report.add("items is missing (it must be an array, even when empty)");
    return [];
  }
  return report.ids(
    feed.items.map((item: unknown, index) => {
      const where = `item ${index + 1}`;
      if (!isObject(item)) {
        report.add(`${where} is not an object`);
        return undefined;
      }
      if (item.id !== undefined && typeof item.id !== "string") report.add(`${where} id must be a string`);
      if (typeof item.content_html !== "string" && typeof item.content_text !== "string") report.add(`${where} has neither content_html nor content_text`);
      for (const field of ["url", "external_url", "image", "banner_image"]) if (item[field] !== undefined) report.absolute(item[field], `${where} ${field}`);
      for (const field of ["date_published", "date_modified"]) {
        if (item[field] !== undefined) report.date(typeof item[field] === "string" ? item[field] : "", `${where} ${field}`, rfc3339Problem);
      }
      report.html(item.content_html, `${where} content_html`);
      checkJsonAuthors(item.authors, `${where} authors`, report);
      if (item.tags !== undefined && (!Array.isArray(item.tags) || !item.tags.every((tag) => typeof tag === "string"))) report.add(`${where} tags must be an array of strings`);
      if (item.attachments !== undefined) {
        if (!Array.isArray(item.attachments)) report.add(`${where} attachments must be an array`);
        else
          item.attachments.forEach((attachment: unknown, n) => {
            const at = `${where} attachment ${n + 1}`;
            if (!isObject(attachment)) return report.add(`${at} is not an object`);
            if (typeof attachment.mime_type !== "string" || attachment.mime_type === "") report.add(`${at} has no mime_type`);
            if (attachment.size_in_bytes === undefined) report.absolute(attachment.url, at);
            else report.enclosure(attachment.url, attachment.size_in_bytes, at);
          });
      }
      const tags = Array.isArray(item.tags) ? item.tags.filter((tag): tag is string => typeof tag === "string") : [];
      return { id: typeof item.id === "string" ? item.id : undefined, tags };
    }),
    "item",
  );
}

function checkJsonAuthors(authors: unknown, where: string, report: FeedReport): void {
  if (authors === undefined) return;
  if (!Array.isArray(authors) || !authors.every(isObject)) return report.add(`${where} must be an array of objects`);
  authors.forEach((author, n) => {
    if (author.name === undefined && author.url === undefined && author.avatar === undefined) report.add(`${where} ${n + 1} has no name, url or avatar`);
    if (author.url !== undefined) report.absolute(author.url, `${where} ${n + 1} url`);
  });
}

/** Atom ids are IRIs: they must have a scheme (tag:, https:, urn:). */
function checkIri(id: string, where: string, report: FeedReport): void {
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) report.add(`${where}: "${id}" is not an absolute IRI (use a tag: or https: URI)`);
}

function text(node: XmlNode | XmlNode[] | undefined): string {
  if (node === undefined) return "";
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === "string") return node;
  const value = node["#text"];
  return typeof value === "string" ? value : "";
}

function first(node: XmlNode | XmlNode[] | undefined): XmlNode | undefined {
  return Array.isArray(node) ? node[0] : node;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
