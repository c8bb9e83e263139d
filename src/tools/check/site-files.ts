import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Every file under a folder, relative to it, with forward slashes, sorted. Hidden files and
 * folders (a build's `.output-next-…` staging folders) are not part of the site.
 */
export function listSiteFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join("/"));
    }
  };
  walk(root);
  return out.sort();
}

/** The HTML pages among a site's files. */
export function htmlPages(files: string[]): string[] {
  return files.filter((file) => file.endsWith(".html"));
}

/**
 * The URL path a page is served at, under the site's path prefix:
 * `a/index.html` → `/prefix/a/`, `404.html` → `/prefix/404.html`.
 * @param pathPrefix e.g. "/" or "/briefings/"
 */
export function pagePath(file: string, pathPrefix: string): string {
  return pathPrefix + (file === "index.html" || file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file);
}
