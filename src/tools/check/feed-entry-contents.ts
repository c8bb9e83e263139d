import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

/** One entry of one of the site's feeds: the feed's file and the HTML the entry carries. */
export interface FeedEntryContent {
  /** The feed, relative to the site's folder. */
  file: string;
  /** The entry's content as HTML (RSS `content:encoded`, Atom `content`, JSON Feed `content_html`). */
  html: string;
}

const FEED_NAMES = new Set(["feed.xml", "atom.xml", "feed.json"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  processEntities: true,
  isArray: (name) => ["item", "entry", "link"].includes(name),
});

type Node = Record<string, unknown>;

/**
 * The HTML every entry of the site's feeds (RSS, Atom and JSON Feed, the site's and every
 * section's and topic's) carries, by the address the entry links to. A feed that does not parse
 * is left out: the feed check reports it.
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 * @returns entry address → the entries that link there, with their feed
 */
export function feedEntryContents(root: string, files: string[]): Map<string, FeedEntryContent[]> {
  const entries = new Map<string, FeedEntryContent[]>();
  const add = (file: string, url: unknown, html: unknown) => {
    if (typeof url !== "string" || typeof html !== "string") return;
    entries.set(url, [...(entries.get(url) ?? []), { file, html }]);
  };
  for (const file of files.filter((f) => FEED_NAMES.has(path.posix.basename(f)))) {
    const text = readFileSync(path.join(root, file), "utf8");
    try {
      if (file.endsWith(".json")) {
        for (const item of ((JSON.parse(text) as { items?: Node[] }).items ?? [])) add(file, item.url, item.content_html);
        continue;
      }
      const document = parser.parse(text) as Node;
      const channel = (document.rss as Node | undefined)?.channel as Node | undefined;
      for (const item of (channel?.item as Node[] | undefined) ?? []) add(file, textOf((item.link as unknown[] | undefined)?.[0]), textOf(item["content:encoded"]));
      for (const entry of ((document.feed as Node | undefined)?.entry as Node[] | undefined) ?? []) {
        const link = ((entry.link as Node[] | undefined) ?? []).find((l) => (l["@_rel"] ?? "alternate") === "alternate");
        add(file, link?.["@_href"], textOf(entry.content));
      }
    } catch {
      // The feed check reports a feed that does not parse.
    }
  }
  return entries;
}

function textOf(node: unknown): string | undefined {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String((node as Node)["#text"]);
  return undefined;
}
