import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { fileForUrl, readPage } from "./site.ts";

/** An XML element as fast-xml-parser gives it: attributes under "@name", text under "#text". */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  // Atom's <link> repeats; RSS's <link> is one text element.
  isArray: (name, jPath) => ["item", "entry", "category", "atom:link"].includes(name) || (name === "link" && String(jPath).startsWith("feed")),
});

/**
 * Reads a built XML feed: checks it is well-formed, then parses it.
 * @throws when the XML is not well-formed, with the parser's reason
 */
export function readXmlFeed(root: string, file: string): XmlNode {
  const xml = readFileSync(path.join(root, file), "utf8");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${file} is not well-formed XML: ${JSON.stringify(valid.err)}`);
  return parser.parse(xml) as XmlNode;
}

/** The text of an element that may carry attributes. */
export function text(node: unknown): string {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String((node as XmlNode)["#text"]);
  return "";
}

/** Every href and src in a piece of HTML. */
export function urlsInHtml(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll("[href], [src]")].map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? "");
}

/**
 * Why an absolute URL from a feed does not point into the built site, or undefined when it does:
 * it must start with the site's base URL and name a file in `root` (and an element, for a fragment).
 */
export function brokenSiteUrl(root: string, siteUrl: string, url: string): string | undefined {
  if (!url.startsWith(siteUrl)) return `${url} is not under ${siteUrl}`;
  const sitePath = `/${url.slice(siteUrl.length)}`;
  const target = fileForUrl(root, sitePath);
  if (!target) return `${url}: no file in the output`;
  const anchor = sitePath.split("#")[1];
  if (anchor && target.endsWith(".html") && !readPage(root, target).getElementById(decodeURIComponent(anchor))) return `${url}: no #${anchor}`;
  return undefined;
}
