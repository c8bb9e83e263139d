import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { writeCacheEntry } from "../../base/cache-folder.ts";
import type { Finding } from "./finding.ts";

/** One page's cached result: what it loaded, the key they made, and what was found. */
interface Entry {
  /** The site's files the page loaded (stylesheets, scripts, fonts, images), relative paths. */
  files: string[];
  key: string;
  findings: Finding[];
}

/**
 * Remembers what a check found on each page, keyed by the page's bytes, the bytes of every file
 * of the site it loaded, and the code and browser that checked it (`codeKey`). A page whose key
 * is unchanged since a previous run is not opened again; any changed byte, a changed check, a new
 * axe-core or Chromium, misses. Entries live in `<cacheDir>/gate/`, one file per page and code;
 * deleting the folder (or `npm run check -- --no-cache`) only makes the next run slower.
 */
export class PageResultsCache {
  private readonly hashes = new Map<string, string>();

  /**
   * @param dir the cache folder (`<cacheDir>/gate`)
   * @param root the built site's folder
   * @param codeKey everything besides the site's bytes that can change a result
   */
  constructor(
    private readonly dir: string,
    private readonly root: string,
    private readonly codeKey: string,
  ) {}

  /** The findings of an unchanged page, or undefined when it must be checked. */
  lookup(page: string): Finding[] | undefined {
    const file = this.entryFile(page);
    if (!existsSync(file)) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, "utf8")) as Entry;
      return entry.key === this.keyOf(page, entry.files) ? entry.findings : undefined;
    } catch {
      // A damaged entry is a miss; the page is checked and the entry written again.
      return undefined;
    }
  }

  /** Keeps a page's findings with the files it loaded. */
  async store(page: string, loaded: string[], findings: Finding[]): Promise<void> {
    const files = [...new Set(loaded)].filter((file) => file !== page).sort();
    mkdirSync(this.dir, { recursive: true });
    await writeCacheEntry(this.entryFile(page), JSON.stringify({ files, key: this.keyOf(page, files), findings } satisfies Entry));
  }

  private entryFile(page: string): string {
    return path.join(this.dir, `${createHash("sha256").update(`${this.codeKey}\0${this.root}\0${page}`).digest("hex")}.json`);
  }

  private keyOf(page: string, files: string[]): string {
    const hash = createHash("sha256").update(this.codeKey);
    for (const file of [page, ...files]) hash.update(`\0${file}\0${this.contentHash(file)}`);
    return hash.digest("hex");
  }

  private contentHash(file: string): string {
    let hash = this.hashes.get(file);
    if (hash === undefined) {
      const full = path.join(this.root, file);
      hash = existsSync(full) ? createHash("sha256").update(readFileSync(full)).digest("hex") : "missing";
      this.hashes.set(file, hash);
    }
    return hash;
  }
}
