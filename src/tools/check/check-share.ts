import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import type { Finding } from "./finding.ts";
import { htmlPages } from "./site-files.ts";
import type { SiteAddress } from "./site-address.ts";
import type { SiteLinks } from "./site-links.ts";

/** The size every share image is made at, which link previews crop to (src/content/paths/share-paths.ts). */
const SHARE_IMAGE = { width: 1200, height: 630 };

/**
 * Checks how the site is found and shared: every JSON-LD block parses and names its `@type`,
 * every indexable page (no `noindex`) carries one, every `og:image` is a file of the site and a
 * 1200×630 PNG, and every URL of `sitemap.xml` is a page the site has.
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 * @param links the site's link resolver
 * @param address where the site is published
 */
export function checkShare(root: string, files: string[], links: SiteLinks, address: SiteAddress): Finding[] {
  const findings: Finding[] = [];
  // Many pages share one image: each image is checked once and reported on its first page.
  const pagesByImage = new Map<string, string[]>();
  for (const file of htmlPages(files)) {
    const add = (problem: string) => findings.push({ file, problem });
    const { document } = parseHTML(readFileSync(path.join(root, file), "utf8"));
    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
    blocks.forEach((block, index) => {
      const problem = jsonLdProblem(block.textContent ?? "");
      if (problem) add(`JSON-LD block ${index + 1} ${problem}`);
    });
    const robots = document.querySelector('meta[name="robots"]')?.getAttribute("content") ?? "";
    if (blocks.length === 0 && !/noindex/i.test(robots)) add("carries no JSON-LD; an indexable page says what it is (WebSite, CollectionPage or Report)");
    const image = document.querySelector('meta[property="og:image"]')?.getAttribute("content");
    if (image !== null && image !== undefined) pagesByImage.set(image, [...(pagesByImage.get(image) ?? []), file]);
  }
  for (const [image, [first, ...others]] of pagesByImage) {
    const problem = shareImageProblem(image, root, links, address);
    if (problem) findings.push({ file: first!, problem: `og:image ${problem}${others.length > 0 ? ` (${others.length} other page${others.length === 1 ? "" : "s"} name it too)` : ""}` });
  }
  if (files.includes("sitemap.xml")) findings.push(...checkSitemap(root, links, address));
  return findings;
}

/** What is wrong with a JSON-LD block's text, or undefined. */
function jsonLdProblem(text: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `is not valid JSON: ${(error as Error).message}`;
  }
  const nodes = Array.isArray(data) ? data : isObject(data) && Array.isArray(data["@graph"]) ? data["@graph"] : [data];
  if (nodes.length === 0) return "is empty";
  const untyped = nodes.findIndex((node) => !isObject(node) || (typeof node["@type"] !== "string" && !Array.isArray(node["@type"])));
  return untyped === -1 ? undefined : `names no @type${nodes.length > 1 ? ` (item ${untyped + 1})` : ""}; search engines ignore data whose type they do not know`;
}

/** What is wrong with an `og:image` address, or undefined: it must be a 1200×630 PNG of the site. */
function shareImageProblem(url: string, root: string, links: SiteLinks, address: SiteAddress): string | undefined {
  if (!/^https?:\/\//i.test(url)) return `"${url}" is not an absolute URL; link previews need the full address`;
  const file = siteFileOf(url, address);
  if (file === undefined) return `"${url}" is not an address of the site (${address.url})`;
  const problem = links.problemWith(url, new URL(address.url));
  if (problem) return problem;
  const full = path.join(root, file);
  if (!existsSync(full) || !statSync(full).isFile()) return `"${url}": ${file} is not in the site`;
  const size = pngSize(readFileSync(full));
  if (!size) return `"${url}": ${file} is not a PNG`;
  if (size.width !== SHARE_IMAGE.width || size.height !== SHARE_IMAGE.height) {
    return `"${url}": ${file} is ${size.width}×${size.height}; share images are ${SHARE_IMAGE.width}×${SHARE_IMAGE.height}, the size link previews crop to`;
  }
  return undefined;
}

/** A PNG's width and height from its header (IHDR), or undefined if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature || bytes.subarray(12, 16).toString("latin1") !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The site's file an absolute URL names (`…/prefix/a/` → `a/index.html` or `a/`), or undefined when it is not under the site's address. */
function siteFileOf(url: string, address: SiteAddress): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const target = new URL(url);
  const base = new URL(address.url);
  if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(target.pathname.slice(base.pathname.length));
  } catch {
    return undefined;
  }
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

const sitemapParser = new XMLParser({ isArray: (name) => name === "url", parseTagValue: false, trimValues: true });

/** Every `<loc>` of the sitemap must be a page of the site: search engines drop sitemaps full of dead URLs. */
function checkSitemap(root: string, links: SiteLinks, address: SiteAddress): Finding[] {
  const file = "sitemap.xml";
  const text = readFileSync(path.join(root, file), "utf8");
  const valid = XMLValidator.validate(text);
  if (valid !== true) return [{ file, problem: `is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})` }];
  const parsed = sitemapParser.parse(text) as { urlset?: { url?: Array<{ loc?: unknown }> } };
  if (!parsed.urlset) return [{ file, problem: "has no urlset element" }];
  const findings: Finding[] = [];
  (parsed.urlset.url ?? []).forEach((entry, index) => {
    const loc = typeof entry.loc === "string" ? entry.loc : "";
    const where = `url ${index + 1}`;
    if (siteFileOf(loc, address) === undefined) return void findings.push({ file, problem: `${where}: "${loc}" is not an address of the site (${address.url}); a sitemap lists only its own site's pages` });
    const problem = links.problemWith(loc, new URL(address.url));
    if (problem) findings.push({ file, problem: `${where}: ${problem}` });
  });
  return findings;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
