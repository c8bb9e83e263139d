import { rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { punctuateForIndex } from "./punctuate-for-index.ts";

/** Where the search index is published, as a site path; the search page loads Pagefind from here. */
export const SEARCH_BUNDLE_PATH = "/pagefind/";

/** What the indexer did, for tests and progress lines. */
export interface IndexResult {
  /** How many pages Pagefind indexed: those with a `data-pagefind-body`. */
  pagesIndexed: number;
  /** The folder the index was written to. */
  bundleDir: string;
}

/** A page as Eleventy wrote it. */
export interface WrittenPage {
  /** Where it was written. */
  outputPath: string;
  content: string;
}

/**
 * Indexes a built site for full-text search with Pagefind and writes the index (and Pagefind's
 * browser code) into `<siteDir>/pagefind/`. Only pages marked `data-pagefind-body` are
 * indexed (section pages: archive, print editions, 404 and search stay out), and only they
 * are handed to Pagefind, from memory: letting it read the whole site from disk to find them
 * took half as long again and a third more memory (a thousand briefings: 6.3 s and 1.0 GB,
 * against 4.1 s and 0.7 GB). Each page's address comes from where it was written, as it would
 * from the folder. The previous index is removed first: its files are named by content hash and
 * would pile up. Each page is punctuated in its language first, so excerpts read right
 * (punctuate-for-index.ts). Runs Pagefind's binary from its npm package, offline.
 * @param siteDir the built site
 * @param pages the HTML pages Eleventy wrote into it
 * @param options.forceLanguage index every page as this language (see index-language.ts)
 */
export async function indexSite(siteDir: string, pages: readonly WrittenPage[], options: { forceLanguage?: string } = {}): Promise<IndexResult> {
  const bundleDir = path.join(siteDir, SEARCH_BUNDLE_PATH);
  await rm(bundleDir, { recursive: true, force: true });
  const site = path.resolve(siteDir);
  const indexed = pages
    .filter((page) => page.outputPath.endsWith(".html") && page.content.includes("data-pagefind-body"))
    .map((page) => ({ sourcePath: path.relative(site, path.resolve(page.outputPath)), content: punctuateForIndex(page.content) }))
    .sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
  const created = await pagefind.createIndex(options.forceLanguage ? { forceLanguage: options.forceLanguage } : {});
  try {
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
    const { index } = created;
    for (const page of indexed) {
      const added = await index.addHTMLFile(page);
      if (added.errors.length) throw new Error(`Pagefind could not index ${page.sourcePath}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: path.resolve(bundleDir) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pagesIndexed: indexed.length, bundleDir };
  } finally {
    // The binary runs as a service; without closing it, the build's process would never exit.
    await pagefind.close();
  }
}
