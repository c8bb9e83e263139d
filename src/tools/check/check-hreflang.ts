import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import type { Finding } from "./finding.ts";
import type { SiteAddress } from "./site-address.ts";
import { htmlPages } from "./site-files.ts";

/** A page's `hreflang` alternates, as its head lists them. */
export interface PageAlternates {
  /** The page, relative to the site's folder. */
  file: string;
  /** Its language (`<html lang>`). */
  language: string;
  /** Its own address, from its canonical link. */
  url: string;
  /** Each alternate's language (or `x-default`) and address, as written. */
  alternates: Array<{ hreflang: string; href: string }>;
}

/**
 * Reads the `hreflang` alternates of every page that has any (`<link rel="alternate" hreflang>`
 * without a `type`: feeds are alternates of another kind).
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 */
export function readAlternates(root: string, files: string[]): PageAlternates[] {
  const pages: PageAlternates[] = [];
  for (const file of htmlPages(files)) {
    const html = readFileSync(path.join(root, file), "utf8");
    if (!html.includes("hreflang")) continue;
    const { document } = parseHTML(html);
    const links = [...document.querySelectorAll('head link[rel="alternate"][hreflang]:not([type])')];
    if (links.length === 0) continue;
    pages.push({
      file,
      language: document.documentElement.getAttribute("lang") ?? "",
      url: document.querySelector('head link[rel="canonical"]')?.getAttribute("href") ?? "",
      alternates: links.map((link) => ({ hreflang: link.getAttribute("hreflang") ?? "", href: link.getAttribute("href") ?? "" })),
    });
  }
  return pages;
}

/**
 * The page of the site an absolute address is published at, relative to the site's folder.
 * @param url an absolute address
 * @param address where the site is published
 * @param files every file of the site
 */
export function siteFileAt(url: string, address: SiteAddress, files: ReadonlySet<string>): string | undefined {
  if (!url.startsWith(address.url)) return undefined;
  const relative = decodeURIComponent(url.slice(address.url.length).split(/[?#]/)[0] ?? "");
  const file = relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
  return files.has(file) ? file : undefined;
}

/**
 * Checks that every page's `hreflang` alternates are what search engines need to connect the
 * editions of a page (Google's "Tell Google about localized versions of your page"): each is an
 * absolute address of a page of the site, the page lists itself under its own language, one
 * `x-default` is given, and every alternate links back (the page it names lists this page under
 * this page's language). A one-sided pair is ignored by search engines, silently.
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 * @param address where the site is published
 */
export function checkHreflang(root: string, files: string[], address: SiteAddress): Finding[] {
  const findings: Finding[] = [];
  const pages = readAlternates(root, files);
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const fileSet = new Set(files);
  for (const page of pages) {
    const add = (problem: string) => findings.push({ file: page.file, problem });
    if (!page.alternates.some((alternate) => alternate.hreflang === page.language && alternate.href === page.url)) {
      add(`lists hreflang alternates but not itself (hreflang "${page.language}" → ${page.url || "its canonical address"})`);
    }
    if (page.alternates.filter((alternate) => alternate.hreflang === "x-default").length !== 1) add(`lists hreflang alternates without exactly one "x-default"`);
    for (const { hreflang, href } of page.alternates) {
      if (!URL.canParse(href) || !/^https?:\/\//.test(href)) {
        add(`hreflang "${hreflang}" is not an absolute address: "${href}"`);
        continue;
      }
      const target = siteFileAt(href, address, fileSet);
      if (!target) {
        add(`hreflang "${hreflang}" leads to ${href}, which is not a page of the site`);
        continue;
      }
      if (hreflang === "x-default" || target === page.file) continue;
      const back = byFile.get(target)?.alternates ?? [];
      if (!back.some((alternate) => alternate.hreflang === page.language && alternate.href === page.url)) {
        add(`hreflang "${hreflang}" leads to ${href}, which does not link back with hreflang "${page.language}" → ${page.url}`);
      }
    }
  }
  return findings;
}
