import { rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** What a build keeps between runs, each in a folder of its own under the cache folder. */
export type CacheKind = "fonts" | "share-images" | "pdf" | "gate";

/**
 * The folder a build keeps one kind of result in between runs: `<cacheDir>/<kind>`. Every entry
 * is named by the hash of everything that made it (see codeFingerprint), so the folder can be
 * restored from a CI cache, shared between checkouts, or emptied at any time (the next build is
 * then as slow as a first one, and gives the same bytes).
 * @param cacheDir the build's cache folder (RunOptions.cacheDir)
 * @param kind which cache
 */
export function cacheFolder(cacheDir: string, kind: CacheKind): string {
  return path.resolve(cacheDir, kind);
}

/**
 * Writes a cache entry beside its place under a name of this process's own, then renames it
 * into place: builds sharing a cache folder (CI jobs with a restored cache, shards, a preview
 * beside a build) never read half an entry or write one together.
 * @param file the entry's path
 * @param data its content
 */
export async function writeCacheEntry(file: string, data: Uint8Array | string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, data);
  await rename(partial, file);
}
