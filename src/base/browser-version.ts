import { execFile } from "node:child_process";
import { statSync } from "node:fs";
import { promisify } from "node:util";
import type { Browser } from "puppeteer-core";
import { findBrowser, type BrowserOptions } from "./launch-browser.ts";

/** Versions asked so far, by binary and its modification time (an upgrade in place is seen). */
const asked = new Map<string, Promise<string | undefined>>();

/**
 * The version of the browser that would render, which every cache of what a browser made is keyed
 * by (share images, PDFs): a local binary is asked with `--version`, without starting a browser;
 * a remote one (`wsEndpoint`) is asked over the connection `connect` makes.
 * @param options which browser
 * @param connect connects to the remote browser; called only when there is one
 * @returns e.g. "156.0.8078.114", or undefined when the browser does not answer
 */
export async function browserVersion(options: BrowserOptions, connect: () => Promise<Browser>): Promise<string | undefined> {
  if (options.wsEndpoint) return versionNumber(await (await connect()).version());
  const binary = findBrowser(options.executablePath);
  const key = `${binary}\0${statSync(binary).mtimeMs}`;
  let version = asked.get(key);
  if (!version) {
    version = chromiumVersionOf(binary);
    asked.set(key, version);
  }
  return version;
}

/**
 * The version number of a Chromium binary, from `--version`, without starting a browser;
 * undefined when it does not answer (launching it will then say why).
 * @param executablePath the binary
 */
export async function chromiumVersionOf(executablePath: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)(executablePath, ["--version"], { timeout: 10_000 });
    return versionNumber(stdout);
  } catch {
    return undefined;
  }
}

/**
 * The dotted version number in a browser's version text: "Chromium 156.0.8078.114 built on
 * Debian" and "HeadlessChrome/156.0.8078.114" both give "156.0.8078.114".
 * @param text what the browser said
 */
export function versionNumber(text: string): string | undefined {
  return /\d+\.\d+\.\d+\.\d+/.exec(text)?.[0];
}
