import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import { onInterrupt } from "./on-interrupt.ts";
import { UserFacingError } from "./user-facing-error.ts";
import { BROWSER_PATH_FILE } from "./project-paths.ts";

/** Places a system Chromium or Chrome is usually installed. */
const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];


/**
 * Finds the browser to render with: the one given (PUPPETEER_EXECUTABLE_PATH), else the one
 * `npm run setup` recorded, else a system Chromium or Chrome.
 * Throws a message saying how to get one when there is none.
 * @param executablePath the binary the user named, which must then exist
 */
export function findBrowser(executablePath?: string): string {
  if (executablePath) {
    if (existsSync(executablePath)) return executablePath;
    throw new UserFacingError(`PUPPETEER_EXECUTABLE_PATH is set to ${executablePath}, but there is no file there. Point it at a Chromium or Chrome binary, or unset it.`);
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

/** How long Chromium may take to start before it counts as hung. */
export const DEFAULT_LAUNCH_TIMEOUT_MS = 30_000;

/** The environment variable that sets the launch timeout, named in the message when a launch times out. */
export const LAUNCH_TIMEOUT_ENV = "BROWSER_LAUNCH_TIMEOUT_MS";

/**
 * Which browser renders and prints, and how it is started. A command's entry fills these from
 * the environment (PUPPETEER_EXECUTABLE_PATH, BROWSER_WS_ENDPOINT, BROWSER_LAUNCH_TIMEOUT_MS).
 */
export interface BrowserOptions {
  /** The binary to start; defaults to {@link findBrowser}'s. */
  executablePath?: string;
  /** A Chromium already running (a remote pool) to connect to instead of starting one. */
  wsEndpoint?: string;
  /** How long starting may take; defaults to 30 s. */
  timeoutMs?: number;
  /** Where the browser's throw-away profile folder is made; defaults to the system's temporary folder. */
  profileParent?: string;
}

/** The prefix of the profile folders launchBrowser makes, so a stray one can be recognised. */
export const PROFILE_PREFIX = "briefing-chromium-";

/**
 * Each started browser's profile folder, and how to stop removing it on interrupt. Puppeteer
 * removes its own profile (`puppeteer_dev_chrome_profile-*`) only when it closes the browser;
 * Ctrl-C while a share card or PDF was drawn left it, and Chromium's `org.chromium.Chromium.*`
 * temporary folders, in TMPDIR for good. The profile is ours instead, with Chromium's TMPDIR
 * inside it, removed on close, on a failed launch, on SIGINT/SIGTERM and at exit.
 */
const profiles = new WeakMap<Browser, { dir: string; forget: () => void }>();
const openProfiles = new Set<string>();
let exitHookInstalled = false;

function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  openProfiles.delete(dir);
}

/** A fresh profile folder, removed on interrupt (after its browser is killed) and at exit. */
function makeProfile(parent: string): { dir: string; env: NodeJS.ProcessEnv; killOnInterrupt: (pid: number | undefined) => void; forget: () => void } {
  const dir = mkdtempSync(path.join(parent, PROFILE_PREFIX));
  const temp = path.join(dir, "tmp");
  mkdirSync(temp);
  openProfiles.add(dir);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // Whatever ends the process (an uncaught error, process.exit), no profile outlives it.
    process.on("exit", () => openProfiles.forEach((open) => rmSync(open, { recursive: true, force: true })));
  }
  let pid: number | undefined;
  const forget = onInterrupt(() => {
    // Chromium runs as the leader of its own process group: stop it before removing its files.
    try {
      if (pid) process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
    removeProfile(dir);
  });
  return { dir, env: { ...process.env, TMPDIR: temp }, killOnInterrupt: (started) => (pid = started), forget };
}

/**
 * Starts a headless Chromium, or, when `wsEndpoint` is given, connects to the one running
 * there. The caller must close it (in `finally`; see closeBrowser).
 * A browser that will not start, is not executable, or does not answer within the launch
 * timeout ends in one message saying so and what to do; no half-started process is left.
 * @param options which browser, and how long it may take to start
 * @throws UserFacingError naming the binary and the cause
 */
export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LAUNCH_TIMEOUT_MS;
  if (options.wsEndpoint) {
    try {
      return await (await puppeteerModule()).connect({ browserWSEndpoint: options.wsEndpoint });
    } catch (error) {
      throw new UserFacingError(
        `Could not connect to the browser at BROWSER_WS_ENDPOINT=${options.wsEndpoint}: ${firstLine(error)}. ` +
          `Check that it is running and reachable from here, or unset BROWSER_WS_ENDPOINT to start a local Chromium.`,
        { cause: error },
      );
    }
  }
  const executablePath = findBrowser(options.executablePath);
  const advice = "Set PUPPETEER_EXECUTABLE_PATH to a working Chromium or Chrome, or run `npm run setup` to find or install one.";
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    throw new UserFacingError(`The browser ${executablePath} is not an executable program, so no page could be printed. ${advice}`);
  }
  const profile = makeProfile(options.profileParent ?? tmpdir());
  try {
    const browser = await (await puppeteerModule()).launch({ executablePath, headless: true, args: BROWSER_ARGS, timeout: timeoutMs, userDataDir: profile.dir, env: profile.env });
    profile.killOnInterrupt(browser.process()?.pid);
    profiles.set(browser, { dir: profile.dir, forget: profile.forget });
    return browser;
  } catch (error) {
    profile.forget();
    removeProfile(profile.dir);
    const cause = /Timed out after/i.test(firstLine(error))
      ? `it did not answer within ${Math.round(timeoutMs / 1000)} s of starting (it may hang, or the machine is overloaded; ${LAUNCH_TIMEOUT_ENV} sets the limit in milliseconds)`
      : `it exited at once (${firstLine(error)})`;
    throw new UserFacingError(`Could not start the browser ${executablePath}: ${cause}. ${advice}`, { cause: error });
  }
}

/**
 * Closes a browser this run started, or disconnects from a remote one (which others may be
 * using). If a local browser no longer answers (it crashed or hangs), its process is killed.
 * @param browser the browser from launchBrowser, if it started
 */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  const child = browser.process();
  if (!child) {
    await browser.disconnect().catch(() => undefined);
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("the browser did not close")), BROWSER_CLOSE_TIMEOUT_MS);
  });
  try {
    await Promise.race([browser.close(), hung]);
  } catch {
    // Puppeteer starts Chromium as the leader of its own process group: end its helpers too.
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  } finally {
    clearTimeout(timer);
    const profile = profiles.get(browser);
    if (profile) {
      profile.forget();
      removeProfile(profile.dir);
    }
  }
}

/** How long a browser may take to close before its process is killed. */
const BROWSER_CLOSE_TIMEOUT_MS = 10_000;

/** The first line of an error's message: Puppeteer appends the browser's whole log and a link to its troubleshooting page. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n").map((line) => line.trim()).filter((line) => line && !/^TROUBLESHOOTING|^https?:\/\//.test(line));
  return (lines.find((line) => !/^Failed to launch the browser process/i.test(line)) ?? lines[0] ?? "unknown error").replace(/[.!:]+$/, "");
}

/**
 * Puppeteer, loaded when a browser is first needed rather than when the build starts: most
 * rebuilds take every share image and PDF from the cache and never start one, and loading
 * Puppeteer is a tenth of a second of every start.
 */
async function puppeteerModule(): Promise<Pick<typeof import("puppeteer-core"), "connect" | "launch">> {
  const { connect, launch } = await import("puppeteer-core");
  return { connect, launch };
}
