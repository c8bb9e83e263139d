import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { BROWSER_ARGS } from "../../base/launch-browser.ts";
import { writeCacheEntry } from "../../base/cache-folder.ts";
import { codeFingerprint } from "../../base/code-fingerprint.ts";
import { PDF_OPTIONS } from "./print-briefing.ts";
import { printEditionUrl } from "../../content/paths/briefing-paths.ts";

/** What one cache entry records: the files the print edition loaded, and the PDF's facts. */
interface Manifest {
  /** Site paths of every file the print edition loaded besides itself (CSS, fonts, images). */
  assets: string[];
  /** The hash of the print edition, its assets and the printing set-up: the PDF's file name. */
  key: string;
  pages: number;
}

/**
 * Printed PDFs kept by what they were printed from, so a briefing whose print edition, every
 * file it loads (stylesheets, fonts, images), the printing code and options, the site URL and
 * the Chromium version are all unchanged is not printed again: its PDF is reused byte for
 * byte. Each PDF (pdfKey) keeps one entry, `<dir>/<slug>/` for a briefing's own language and
 * `<dir>/<slug>.<edition>/` for an edition in another, replaced when it is printed again: the
 * key names the edition's language, so two editions never share an entry.
 * More folders (from other machines' shards) can be read as well as the one written to.
 */
export class PdfCache {
  /**
   * @param dir the folder entries are written to (and read from)
   * @param setup everything about printing that is not the site: see printingSetup
   * @param alsoReadFrom more cache folders to look in, e.g. shards' folders to merge
   */
  constructor(
    readonly dir: string,
    private readonly setup: string,
    private readonly alsoReadFrom: string[] = [],
  ) {}

  /** Each asset file's hash, computed once per run: many print editions share the fonts and styles. */
  private readonly assetHashes = new Map<string, string>();

  /**
   * The cached PDF, if it was printed from exactly what `siteDir` holds now.
   * @param siteDir the built site
   * @param key which PDF (pdfKey)
   * @returns the cached PDF's file and its page count
   */
  async find(siteDir: string, key: string): Promise<{ file: string; pages: number } | undefined> {
    const edition = editionKey(siteDir, key, this.setup);
    if (!edition) return undefined;
    for (const dir of [this.dir, ...this.alsoReadFrom]) {
      const manifestFile = path.join(dir, entryFolder(key), `${edition}.json`);
      if (!existsSync(manifestFile)) continue;
      const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as Manifest;
      const full = this.fullKey(edition, siteDir, manifest.assets);
      const pdf = path.join(dir, entryFolder(key), `${full}.pdf`);
      if (full === manifest.key && existsSync(pdf)) return { file: pdf, pages: manifest.pages };
    }
    return undefined;
  }

  /**
   * Keeps a freshly printed PDF, replacing its earlier entry.
   * @param siteDir the built site it was printed from
   * @param key which PDF (pdfKey)
   * @param pdf the PDF's bytes
   * @param pages its page count
   * @param assets site paths of the files the print edition loaded
   */
  async store(siteDir: string, key: string, pdf: Uint8Array, pages: number, assets: string[]): Promise<void> {
    const edition = editionKey(siteDir, key, this.setup);
    if (!edition) return;
    const sorted = [...new Set(assets)].sort();
    const full = this.fullKey(edition, siteDir, sorted);
    if (!full) return;
    const folder = path.join(this.dir, entryFolder(key));
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
    await writeCacheEntry(path.join(folder, `${full}.pdf`), pdf);
    const manifest: Manifest = { assets: sorted, key: full, pages };
    await writeCacheEntry(path.join(folder, `${edition}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  }

  /** Hash of the edition key and every asset's content; undefined when an asset is gone. */
  private fullKey(edition: string, siteDir: string, assets: string[]): string | undefined {
    const hash = createHash("sha256").update(edition);
    for (const asset of assets) {
      const file = fileFor(siteDir, asset);
      if (!file) return undefined;
      let digest = this.assetHashes.get(file);
      if (digest === undefined) {
        digest = createHash("sha256").update(readFileSync(file)).digest("hex");
        this.assetHashes.set(file, digest);
      }
      hash.update(`\0${asset}\0${digest}`);
    }
    return hash.digest("hex").slice(0, 32);
  }

  /**
   * Copies a cached PDF to where the site publishes it.
   * @param cached the cached file
   * @param target where it goes
   */
  static async copy(cached: string, target: string): Promise<void> {
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(cached, target);
  }
}

/**
 * Hash of the print edition's HTML, its path (which names the edition's language) and the
 * printing set-up; undefined if there is no print edition.
 */
function editionKey(siteDir: string, key: string, setup: string): string | undefined {
  const file = path.join(siteDir, key, "print", "index.html");
  if (!existsSync(file)) return undefined;
  return createHash("sha256").update(setup).update(`\0${printEditionUrl(key)}\0`).update(readFileSync(file)).digest("hex").slice(0, 32);
}

/** A PDF's entry folder in the cache: one level, so replacing a briefing's entry keeps its editions'. */
function entryFolder(key: string): string {
  return key.replace("/", ".");
}

/** The file a site path is served from (`/a/` is `/a/index.html`), if any. */
function fileFor(siteDir: string, sitePath: string): string | undefined {
  const file = path.join(siteDir, decodeURIComponent(sitePath.split(/[?#]/)[0] ?? ""));
  if (!file.startsWith(path.resolve(siteDir))) return undefined;
  if (!existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) return existsSync(path.join(file, "index.html")) ? path.join(file, "index.html") : undefined;
  return file;
}

/** The printer's code: a change to how PDFs are made, or to anything it uses, must not reuse old ones. */
const PRINTER = ["src/outputs/pdf/print-briefings.ts"];

/** Everything about printing, besides the site, that changes a PDF's bytes. */
export interface PrintingSetup {
  /** The version of the Chromium that prints, e.g. "156.0.8078.114". */
  chromiumVersion: string;
  /** The published site's base URL, which links in the PDF point at. */
  siteUrl: string;
  /** SOURCE_DATE_EPOCH, which dates every PDF when set. */
  sourceDateEpoch?: string;
  /** The printer's code (see codeFingerprint); that of this checkout unless given. */
  code?: string;
}

/**
 * Everything about printing, besides the site, that changes a PDF's bytes, as one string for the
 * cache key: the Chromium version, its flags and the print options, the site URL links point at,
 * the dates' override, and the printer's code with the versions of every package it uses
 * (pdf-lib, Puppeteer, …).
 * @param setup the browser, address and date the PDFs are printed with
 */
export function printingSetup(setup: PrintingSetup): string {
  return JSON.stringify({
    chromium: setup.chromiumVersion,
    args: BROWSER_ARGS,
    options: PDF_OPTIONS,
    siteUrl: setup.siteUrl,
    sourceDateEpoch: setup.sourceDateEpoch ?? "",
    code: setup.code ?? codeFingerprint(PRINTER),
  });
}
