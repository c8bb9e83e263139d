import { readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Browser, Page } from "puppeteer-core";
import { closeBrowser, launchBrowser, type BrowserOptions } from "../../base/launch-browser.ts";
import { serveFolder } from "../../base/serve-folder.ts";
import { codeFingerprint } from "../../base/code-fingerprint.ts";
import type { Finding } from "./finding.ts";
import { htmlPages, pagePath } from "./site-files.ts";
import { PageResultsCache } from "./page-results-cache.ts";

/** The views every page is checked in: a phone and a desktop width, each in both colour schemes. */
export const VIEWS = [
  { width: 390, height: 844, scheme: "light" },
  { width: 390, height: 844, scheme: "dark" },
  { width: 1280, height: 800, scheme: "light" },
  { width: 1280, height: 800, scheme: "dark" },
] as const;

/** How many pages are open at once: Chromium's renderers and axe keep both cores of a small machine busy with three. */
const OPEN_PAGES = 3;

/** The widths a page is loaded at; each is then looked at in both schemes without loading it again. */
const WIDTHS = [...new Set(VIEWS.map((view) => view.width))];

/** What the accessibility check needs besides the site. */
export interface AccessibilityOptions {
  /** Which browser to open the pages in. */
  browser?: BrowserOptions;
  /** Where to keep results between runs (`<cacheDir>/gate`); no cache when undefined. */
  cacheDir?: string;
}

/**
 * Opens every page of the site in headless Chromium, served on loopback under the site's path
 * prefix, in each of VIEWS, and runs axe-core on it. Each violation is a finding, and so is
 * anything the page could not load: a request to another host (blocked), a missing file, a
 * script error or a console error (a Content-Security-Policy refusal is one).
 * One browser and one server serve every page; OPEN_PAGES pages are checked at once, each
 * loaded once per width and then switched between the schemes (which restyles it as a fresh
 * load would). With a cache folder, a page whose bytes and loaded files are unchanged since a
 * previous run (see PageResultsCache) keeps its findings without being opened.
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 * @param pathPrefix the sub-path the site is published under, e.g. "/" or "/briefings/"
 * @param options the browser, and the cache folder
 */
export async function checkAccessibility(root: string, files: string[], pathPrefix: string, options: AccessibilityOptions = {}): Promise<Finding[]> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  const findings: Finding[] = [];
  const server = await serveFolder(root, pathPrefix);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser(options.browser ?? {});
    const cache = options.cacheDir
      ? new PageResultsCache(options.cacheDir, path.resolve(root), `${codeFingerprint(["src/tools/check/check-accessibility.ts"])}\0${await browser.version()}`)
      : undefined;
    const origin = new URL(server.url).origin;
    const queue: string[] = [];
    for (const file of htmlPages(files)) {
      const known = cache?.lookup(file);
      if (known) findings.push(...known);
      else queue.push(file);
    }
    const worker = async () => {
      const page = await browser!.newPage();
      try {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          const { found, loaded } = await checkPage(page, origin, pathPrefix, file, axeSource);
          findings.push(...found);
          await cache?.store(file, loaded, found);
        }
      } finally {
        await page.close();
      }
    };
    await Promise.all(Array.from({ length: OPEN_PAGES }, worker));
  } finally {
    await closeBrowser(browser);
    await server.close();
  }
  return findings;
}

/** Print editions (`<briefing>/print/index.html`) are pages for Chromium to print, linked from nowhere. */
function isPrintEdition(file: string): boolean {
  return file.endsWith("/print/index.html");
}

/**
 * Checks one page in every view: loaded once per width, axe run in each scheme. A print edition
 * exists to be printed: it is checked as printed, on paper (print media), in both schemes.
 * @returns the findings, and the site's files the page loaded (for the cache's key)
 */
async function checkPage(page: Page, origin: string, pathPrefix: string, file: string, axeSource: string): Promise<{ found: Finding[]; loaded: string[] }> {
  const found: Finding[] = [];
  const loaded: string[] = [];
  const url = origin + pagePath(file, pathPrefix);
  const printed = isPrintEdition(file);
  let view = "";
  const add = (problem: string) => found.push({ file, problem: `${problem} (${view})` });
  const onRequest = (request: import("puppeteer-core").HTTPRequest) => {
    if (request.url().startsWith("data:") || new URL(request.url()).origin === origin) return void request.continue();
    add(`loads ${request.url()} from another host; the site must serve everything itself`);
    void request.abort();
  };
  const onResponse = (response: import("puppeteer-core").HTTPResponse) => {
    const target = new URL(response.url());
    // Chromium asks for /favicon.ico by itself when a page names no icon; the page did not.
    if (target.pathname === "/favicon.ico") return;
    if (target.origin === origin && target.pathname.startsWith(pathPrefix)) loaded.push(siteFileAt(target.pathname.slice(pathPrefix.length)));
    if (response.status() >= 400 && response.url() !== url) add(`requests ${response.url().slice(origin.length)}, which answers ${response.status()}`);
  };
  const onConsole = (message: import("puppeteer-core").ConsoleMessage) => {
    if (message.type() === "error" && !/Failed to load resource/.test(message.text())) add(`console error: ${message.text()}`);
  };
  const onError = (error: unknown) => add(`script error: ${error instanceof Error ? error.message : String(error)}`);
  await page.setRequestInterception(true);
  page.on("request", onRequest);
  page.on("response", onResponse);
  page.on("console", onConsole);
  page.on("pageerror", onError);
  try {
    for (const width of printed ? WIDTHS.slice(0, 1) : WIDTHS) {
      const views = VIEWS.filter((candidate) => candidate.width === width);
      await page.setViewport({ width, height: views[0]!.height });
      await page.emulateMediaType(printed ? "print" : "screen");
      // Setting the media type clears the emulated media features: the scheme is set after it.
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: views[0]!.scheme }]);
      view = printed ? `printed, ${views[0]!.scheme}` : `${width} px, ${views[0]!.scheme}`;
      // The cache must see every request, so nothing may come from Chromium's own memory cache.
      await page.setCacheEnabled(false);
      await page.goto(url, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // Evaluated through the DevTools protocol rather than as a <script> tag, which the
      // site's Content-Security-Policy rightly refuses.
      await page.evaluate(axeSource);
      for (const { scheme } of views) {
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        view = printed ? `printed, ${scheme}` : `${width} px, ${scheme}`;
        const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
        for (const violation of result.violations) {
          const where = violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(", ");
          add(`axe ${violation.id} (${violation.impact ?? "unrated"}): ${violation.help} at ${where}${violation.nodes.length > 5 ? ` and ${violation.nodes.length - 5} more` : ""}`);
        }
      }
    }
  } finally {
    page.off("request", onRequest);
    page.off("response", onResponse);
    page.off("console", onConsole);
    page.off("pageerror", onError);
    await page.setRequestInterception(false);
  }
  return { found, loaded };
}

/** The site's file a path under the prefix serves: `a/` → `a/index.html`, `a/b.css` → itself (decoded). */
function siteFileAt(relative: string): string {
  let decoded = relative;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    // A malformed escape names no file; the raw path keys the cache just as well.
  }
  return decoded === "" || decoded.endsWith("/") ? `${decoded}index.html` : decoded;
}
