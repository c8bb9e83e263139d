import { existsSync, readFileSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";
import { UserFacingError } from "../cli/run-command.ts";

/** Places a system Chromium or Chrome is usually installed. */
const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** Where `npm run setup` records the browser it found or installed. */
export const BROWSER_PATH_FILE = ".cache/chromium-path";

/**
 * Finds the browser to render with: `PUPPETEER_EXECUTABLE_PATH` if set, else the one
 * `npm run setup` recorded, else a system Chromium or Chrome.
 * Throws a message saying how to get one when there is none.
 */
export function findBrowser(): string {
  const explicit = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new UserFacingError(`PUPPETEER_EXECUTABLE_PATH is set to ${explicit}, but there is no file there. Point it at a Chromium or Chrome binary, or unset it.`);
  }
  const recorded = existsSync(BROWSER_PATH_FILE) ? readFileSync(BROWSER_PATH_FILE, "utf8").trim() : "";
  if (recorded && existsSync(recorded)) return recorded;
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new UserFacingError(
    "No Chromium or Chrome was found to render pages with. Run `npm run setup` (it installs Debian's chromium when it can), " +
      "or install Chromium yourself and set PUPPETEER_EXECUTABLE_PATH to its binary.",
  );
}

/**
 * The flags every launch uses. Headless on a server, and quiet on the network: without the
 * background-networking flags Chromium keeps calling Google's hosts, which a build must not do.
 */
export const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--disable-domain-reliability",
  "--no-first-run",
  "--no-default-browser-check",
  "--font-render-hinting=none",
];

/**
 * Starts a headless Chromium. The caller must close it (in `finally`).
 */
export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
}
