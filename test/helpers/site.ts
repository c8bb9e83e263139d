import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";

/** Every file under a folder, relative to it, with forward slashes. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(root, full).split(path.sep).join("/"));
    }
  };
  walk(root);
  return out.sort();
}

/** Parses a built page into a DOM. */
export function readPage(root: string, file: string): Document {
  return parseHTML(readFileSync(path.join(root, file), "utf8")).document as unknown as Document;
}

/**
 * The file a site-relative URL is served from: `/a/` → `a/index.html`.
 * @returns the path relative to the site root, or undefined when no file serves it
 */
export function fileForUrl(root: string, url: string): string | undefined {
  const pathname = decodeURIComponent(url.split(/[?#]/)[0] ?? "").replace(/^\//, "");
  const candidates = pathname === "" || pathname.endsWith("/") ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`];
  return candidates.find((candidate) => existsSync(path.join(root, candidate)) && statSync(path.join(root, candidate)).isFile());
}

/** Resolves a link found on a page to a site-relative URL, or undefined for another host. */
export function siteUrl(pageFile: string, href: string): string | undefined {
  const base = new URL(`http://site.invalid/${pageFile}`);
  const url = new URL(href, base);
  if (url.host !== "site.invalid") return undefined;
  return url.pathname + url.hash;
}

/**
 * The pages readers browse: every HTML page but the print editions, which exist only for
 * Chromium to print (no site navigation, no feed links) and are tested through the PDF.
 */
export function browsedPages(root: string): string[] {
  return listFiles(root).filter((file) => file.endsWith(".html") && !file.endsWith("/print/index.html"));
}
