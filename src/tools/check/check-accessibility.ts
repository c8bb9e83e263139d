import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Browser, Page } from "puppeteer-core";
import { closeBrowser, launchBrowser, type BrowserOptions } from "../../base/launch-browser.ts";
import { serveFolder } from "../../base/serve-folder.ts";
import type { Finding } from "./finding.ts";
import { htmlPages, pagePath } from "./site-files.ts";

/** The views every page is checked in: a phone and a desktop width, each in both colour schemes. */
export const VIEWS = [
  { width: 390, height: 844, scheme: "light" },
  { width: 390, height: 844, scheme: "dark" },
  { width: 1280, height: 800, scheme: "light" },
  { width: 1280, height: 800, scheme: "dark" },
] as const;

/**
 * Opens every page of the site in headless Chromium, served on loopback under the site's path
 * prefix, in each of VIEWS, and runs axe-core on it. Each violation is a finding, and so is
 * anything the page could not load: a request to another host (blocked), a missing file, a
 * script error or a console error (a Content-Security-Policy refusal is one).
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 * @param pathPrefix the sub-path the site is published under, e.g. "/" or "/briefings/"
 * @param browserOptions which browser to open the pages in
 */
export async function checkAccessibility(root: string, files: string[], pathPrefix: string, browserOptions: BrowserOptions = {}): Promise<Finding[]> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  const pages = htmlPages(files);
  const findings: Finding[] = [];
  const server = await serveFolder(root, pathPrefix);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser(browserOptions);
    const origin = new URL(server.url).origin;
    // Two views at once keeps both cores of a small machine busy without crowding it.
    const queue = [...VIEWS];
    const worker = async () => {
      for (let view = queue.shift(); view; view = queue.shift()) {
        const page = await browser!.newPage();
        try {
          await page.setViewport({ width: view.width, height: view.height });
          await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: view.scheme }]);
          for (const file of pages) {
            // A print edition exists to be printed: it is checked as printed, on paper, in both schemes.
            const printed = isPrintEdition(file);
            await page.emulateMediaType(printed ? "print" : "screen");
            // Setting the media type clears the emulated media features: the scheme goes again after it.
            await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: view.scheme }]);
            const label = printed ? `printed, ${view.scheme}` : `${view.width} px, ${view.scheme}`;
            if (printed && view.width !== VIEWS[0].width) continue;
            findings.push(...(await checkPage(page, origin, origin + pagePath(file, pathPrefix), file, label, axeSource)));
          }
        } finally {
          await page.close();
        }
      }
    };
    await Promise.all([worker(), worker()]);
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

async function checkPage(page: Page, origin: string, url: string, file: string, view: string, axeSource: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (problem: string) => findings.push({ file, problem: `${problem} (${view})` });
  const onRequest = (request: import("puppeteer-core").HTTPRequest) => {
    if (request.url().startsWith("data:") || new URL(request.url()).origin === origin) return void request.continue();
    add(`loads ${request.url()} from another host; the site must serve everything itself`);
    void request.abort();
  };
  const onResponse = (response: import("puppeteer-core").HTTPResponse) => {
    // Chromium asks for /favicon.ico by itself when a page names no icon; the page did not.
    if (new URL(response.url()).pathname === "/favicon.ico") return;
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
    await page.goto(url, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Evaluated through the DevTools protocol rather than as a <script> tag, which the
    // site's Content-Security-Policy rightly refuses.
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
    for (const violation of result.violations) {
      const where = violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(", ");
      add(`axe ${violation.id} (${violation.impact ?? "unrated"}): ${violation.help} at ${where}${violation.nodes.length > 5 ? ` and ${violation.nodes.length - 5} more` : ""}`);
    }
  } finally {
    page.off("request", onRequest);
    page.off("response", onResponse);
    page.off("console", onConsole);
    page.off("pageerror", onError);
    await page.setRequestInterception(false);
  }
  return findings;
}
