import { rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

/** Where the search index is published, as a site path; the search page loads Pagefind from here. */
export const SEARCH_BUNDLE_PATH = "/pagefind/";

/** What the indexer did, for tests and progress lines. */
export interface IndexResult {
  /** How many HTML files Pagefind read; only those with a `data-pagefind-body` are indexed. */
  filesRead: number;
  /** The folder the index was written to. */
  bundleDir: string;
}

/**
 * Indexes a built site for full-text search with Pagefind and writes the index (and Pagefind's
 * browser code) into `<siteDir>/pagefind/`. Only the parts of pages marked `data-pagefind-body`
 * are indexed, so pages without one (archive, print editions, 404, search) stay out. The
 * previous index is removed first: its files are named by content hash and would pile up.
 * Runs Pagefind's binary from its npm package, offline.
 * @param siteDir the built site
 * @param options.forceLanguage index every page as this language (see index-language.ts)
 */
export async function indexSite(siteDir: string, options: { forceLanguage?: string } = {}): Promise<IndexResult> {
  const bundleDir = path.join(siteDir, SEARCH_BUNDLE_PATH);
  await rm(bundleDir, { recursive: true, force: true });
  const created = await pagefind.createIndex(options.forceLanguage ? { forceLanguage: options.forceLanguage } : {});
  try {
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
    const added = await created.index.addDirectory({ path: path.resolve(siteDir) });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const written = await created.index.writeFiles({ outputPath: path.resolve(bundleDir) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { filesRead: added.page_count, bundleDir };
  } finally {
    // The binary runs as a service; without closing it, the build's process would never exit.
    await pagefind.close();
  }
}
