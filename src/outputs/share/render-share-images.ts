import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import { browserVersion } from "../../base/browser-version.ts";
import { codeFingerprint } from "../../base/code-fingerprint.ts";
import { closeBrowser, launchBrowser, type BrowserOptions } from "../../base/launch-browser.ts";
import { writeCacheEntry } from "../../base/cache-folder.ts";
import { serveFolder, type FolderServer } from "../../base/serve-folder.ts";
import { watchPageLoading } from "../../base/watch-page-loading.ts";
import { SHARE_CARD_FILE, SHARE_IMAGE_SIZE } from "../../content/paths/share-paths.ts";

/** The code that photographs a card: a change to it, or to anything it uses, makes every image again. */
const PHOTOGRAPHER = ["src/outputs/share/render-share-images.ts"];

/**
 * The stylesheets a card uses; their content is part of each image's key. The fonts they name
 * are named by their own content (see subset-fonts.ts), so a changed font changes fonts.css.
 */
const CARD_STYLESHEETS = ["assets/fonts/fonts.css", "assets/css/theme.css"];

/** How {@link renderShareImages} runs. */
export interface RenderShareImagesOptions {
  /** The sub-path the site's links carry, e.g. "/briefings/". */
  pathPrefix?: string;
  /** Where images are kept between builds, by the hash of everything that made them (see shareImageKey). */
  cacheDir: string;
  /** Which browser photographs the cards. */
  browser?: BrowserOptions;
  /** Starts the browser; defaults to {@link launchBrowser} with `browser`. */
  launch?: () => Promise<Browser>;
}

/** Everything a share image depends on. */
export interface ShareImageInputs {
  /** The card's page, as the build wrote it. */
  html: string;
  /** The content of the card's stylesheets (see CARD_STYLESHEETS). */
  styles: string[];
  /** The version of the browser that photographs it. */
  browserVersion: string;
  /** The photographer's code (see codeFingerprint). */
  code: string;
}

/**
 * The cache key of a share image: a hash of everything that can change its pixels, so an image
 * is reused only when the same card would be photographed the same way again.
 * @param inputs the card, its styles, the browser and the code
 */
export function shareImageKey(inputs: ShareImageInputs): string {
  return createHash("sha256").update(JSON.stringify([inputs.code, inputs.browserVersion, inputs.html, ...inputs.styles])).digest("hex").slice(0, 32);
}

/**
 * Turns every share card page in a built site (`…/share-card.html`, see share-paths.ts) into
 * the PNG beside it (`…/share.png`, 1200×630) and removes the card page, so it is never
 * published. Chromium photographs each card from a loopback server of the site, so the
 * card's self-hosted fonts load as on the site; nothing may load from elsewhere. Images are
 * cached by the hash of the card and its stylesheets: an unchanged card is copied, not
 * rendered, and Chromium is started only if some card changed.
 * @param siteDir the built site
 * @param options sub-path, cache folder, browser
 * @returns the site paths of the images written
 */
export async function renderShareImages(siteDir: string, options: RenderShareImagesOptions): Promise<string[]> {
  const cards = findCards(siteDir);
  if (cards.length === 0) return [];
  const cacheDir = path.resolve(options.cacheDir);
  const styles = CARD_STYLESHEETS.map((file) => (existsSync(path.join(siteDir, file)) ? readFileSync(path.join(siteDir, file), "utf8") : ""));
  let browser: Browser | undefined;
  let starting: Promise<Browser> | undefined;
  const browserNow = () => (starting ??= (options.launch ?? (() => launchBrowser(options.browser)))().then((started) => (browser = started)));
  let server: FolderServer | undefined;
  try {
    // A browser that does not say its version could draw differently from the one that made
    // the cached images: then every card is photographed, and nothing is kept.
    const version = await browserVersion(options.browser ?? {}, browserNow);
    const code = codeFingerprint(PHOTOGRAPHER);
    const jobs = await Promise.all(
      cards.map(async (card) => {
        const html = await readFile(path.join(siteDir, card), "utf8");
        const key = version === undefined ? `uncached-${card.split(path.sep).join("-")}` : shareImageKey({ html, styles, browserVersion: version, code });
        return { card, image: path.join(path.dirname(card), "share.png"), cached: path.join(cacheDir, `${key}.png`), keep: version !== undefined };
      }),
    );
    // Identical cards share one cached image: photograph each distinct card once.
    const missing = [...new Map(jobs.filter((job) => !job.keep || !existsSync(job.cached)).map((job) => [job.cached, job])).values()];
    if (missing.length > 0) {
      await mkdir(cacheDir, { recursive: true });
      server = await serveFolder(siteDir, options.pathPrefix ?? "/");
      const running = await browserNow();
      const origin = server.url;
      // A few cards at once, as many as CPUs, each camera taking the next card in turn: each
      // card's picture is the same whatever the order. A camera is one page, opened once.
      const queue = [...missing];
      const cameras = Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
        const camera = await openCamera(running, origin);
        try {
          for (let job = queue.shift(); job; job = queue.shift()) {
            const png = await camera.photograph(`${origin}${job.card.split(path.sep).join("/")}`);
            await writeCacheEntry(job.cached, png);
          }
        } finally {
          await camera.close();
        }
      });
      await Promise.all(cameras);
    }
    for (const job of jobs) {
      await copyFile(job.cached, path.join(siteDir, job.image));
      await rm(path.join(siteDir, job.card), { force: true });
    }
    // An image that may not be reused does not stay in the cache.
    for (const job of jobs) if (!job.keep) await rm(job.cached, { force: true });
    return jobs.map((job) => `/${job.image.split(path.sep).join("/")}`);
  } finally {
    await starting?.catch(() => undefined);
    await closeBrowser(browser);
    await server?.close();
  }
}

/** The card pages in a built site, relative to it: the site's own, one per briefing folder and one per edition folder in it. */
function findCards(siteDir: string): string[] {
  const candidates = [path.join("assets", SHARE_CARD_FILE)];
  for (const name of readdirSync(siteDir)) {
    candidates.push(path.join(name, SHARE_CARD_FILE));
    // An edition's card, in `/<slug>/<edition>/`, beside the briefing's own.
    if (!existsSync(path.join(siteDir, name, SHARE_CARD_FILE))) continue;
    for (const edition of readdirSync(path.join(siteDir, name))) candidates.push(path.join(name, edition, SHARE_CARD_FILE));
  }
  return candidates.filter((card) => existsSync(path.join(siteDir, card))).sort();
}

/** A page set up once at a card's size, photographing one card after another. */
interface Camera {
  /** Opens a card once its fonts are ready and returns it as PNG bytes. */
  photograph(url: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Opens a page at the cards' exact size, light scheme, loading nothing but `origin`. Opening and
 * setting up a page took about as long as photographing a card, and the cards share their
 * stylesheets and most of their fonts, which a kept page has already loaded.
 */
async function openCamera(browser: Browser, origin: string): Promise<Camera> {
  // Each camera in a browser context (a window) of its own: two tabs of one window photographing
  // at once left the one in the background without a frame to capture, and
  // Page.captureScreenshot then hung until the protocol timeout (puppeteer/puppeteer#12712).
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ ...SHARE_IMAGE_SIZE, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  const problems = await watchPageLoading(page, new URL(origin).origin);
  return {
    async photograph(url) {
      problems.list.length = 0;
      // A card is one page with its fonts and no script: the load event and the fonts are all it
      // needs, and network idle would add half a second per card.
      await page.goto(url, { waitUntil: "load" });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      if (problems.list.length > 0) throw new Error(`the share card ${url} did not load cleanly:\n    ${problems.list.join("\n    ")}`);
      // Within the viewport: capturing beyond it photographed a right-to-left card (Arabic) off
      // its page, a blank image.
      return await page.screenshot({ type: "png", clip: { x: 0, y: 0, ...SHARE_IMAGE_SIZE }, captureBeyondViewport: false, optimizeForSpeed: true });
    },
    async close() {
      await context.close().catch(() => undefined);
    },
  };
}
