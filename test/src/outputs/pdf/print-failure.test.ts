import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../../../src/base/launch-browser.ts";
import { UserFacingError } from "../../../../src/base/user-facing-error.ts";
import { printBriefings } from "../../../../src/outputs/pdf/print-briefings.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { shippedSiteUrl } from "../../../helpers/project.ts";
import { sharedSite } from "../../../helpers/shared-site.ts";

/** The Chromium a print run started: its process id and its own profile folder. */
interface Launched {
  pid: number;
  userDataDir: string;
}

/** Launches the real browser, noting which process it is, so a test can look for it afterwards. */
function recordingLauncher(launched: Launched[]): () => Promise<Browser> {
  return async () => {
    const browser = await launchBrowser();
    const pid = browser.process()!.pid!;
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const userDataDir = commandLine.find((arg) => arg.startsWith("--user-data-dir="))!.slice("--user-data-dir=".length);
    launched.push({ pid, userDataDir });
    return browser;
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Processes whose command line names the browser's profile folder (Chromium's helpers carry it too). */
function processesUsing(userDataDir: string): string {
  try {
    return execFileSync("pgrep", ["-f", userDataDir], { encoding: "utf8" }).trim();
  } catch {
    return ""; // pgrep exits 1 when nothing matches
  }
}

describe("a print that fails", () => {
  const work = tempDir();
  const built = path.join(work, "built");

  beforeAll(() => {
    // A copy of the English site (test/shared-sites.ts) as the site build leaves it, before printing.
    cpSync(sharedSite("english"), built, { recursive: true });
    rmSync(path.join(built, "trade-note/trade-note.pdf"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A copy of the built site whose print edition has been broken by `edit`. */
  function brokenSite(name: string, edit: (html: string) => string): string {
    const dir = path.join(work, name);
    cpSync(built, dir, { recursive: true });
    const file = path.join(dir, "trade-note/print/index.html");
    // The page's Content-Security-Policy would refuse these before the printer saw them; without it,
    // this tests the printer's own guards, which stand behind the policy.
    const html = readFileSync(file, "utf8").replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
    const broken = edit(html);
    expect(broken).not.toBe(html);
    writeFileSync(file, broken);
    return dir;
  }

  const cases: Array<[string, (html: string) => string, RegExp]> = [
    ["a script error on the print edition", (html) => html.replace("</body>", "<script>throw new Error('deliberately broken')</script></body>"), /script error on the page: deliberately broken/],
    ["a missing image", (html) => html.replace(/<main[^>]*>/, (main) => main + '<img src="/assets/images/missing.png" alt="">'), /HTTP 404 for http:\/\/127\.0\.0\.1:\d+\/assets\/images\/missing\.png/],
    ["a request that would leave the machine", (html) => html.replace(/<main[^>]*>/, (main) => main + '<img src="https://example.org/tracker.png" alt="">'), /blocked a request to https:\/\/example\.org\/tracker\.png/],
  ];

  for (const [name, edit, cause] of cases) {
    it(`stops on ${name}, names the briefing and the URL, writes no PDF and leaves no Chromium running`, async () => {
      const site = brokenSite(name.replace(/\W+/g, "-"), edit);
      const launched: Launched[] = [];
      const run = printBriefings(site, ["trade-note"], { siteUrl: shippedSiteUrl(), log: false, launch: recordingLauncher(launched) });
      await expect(run).rejects.toBeInstanceOf(UserFacingError);
      await expect(run).rejects.toThrow(/Could not print the PDF of the briefing "trade-note"/);
      await expect(run).rejects.toThrow(cause);
      expect(existsSync(path.join(site, "trade-note/trade-note.pdf"))).toBe(false);
      expect(launched).toHaveLength(1);
      expect(isRunning(launched[0]!.pid)).toBe(false);
      expect(processesUsing(launched[0]!.userDataDir)).toBe("");
    });
  }

  it("that takes too long names the briefing, the step, the time allowed and the size of its print edition", async () => {
    const launched: Launched[] = [];
    const run = printBriefings(built, ["trade-note"], { siteUrl: shippedSiteUrl(), log: false, launch: recordingLauncher(launched), timeoutMs: 30 });
    await expect(run).rejects.toBeInstanceOf(UserFacingError);
    await expect(run).rejects.toThrow(/^Could not print the PDF of the briefing "trade-note": timed out after 0 s while (loading the print edition|waiting for its fonts and images|printing)\. Its print edition \(trade-note\/print\/index\.html\) is [\d.]+ KB of HTML;/);
    expect(existsSync(path.join(built, "trade-note/trade-note.pdf"))).toBe(false);
    expect(isRunning(launched[0]!.pid)).toBe(false);
  });

  it("closes the browser after a print that succeeds too", async () => {
    const launched: Launched[] = [];
    const printed = await printBriefings(built, ["trade-note"], { siteUrl: shippedSiteUrl(), log: false, launch: recordingLauncher(launched) });
    expect(printed[0]).toMatchObject({ key: "trade-note" });
    expect(printed[0]!.pages).toBeGreaterThanOrEqual(2);
    expect(isRunning(launched[0]!.pid)).toBe(false);
    expect(processesUsing(launched[0]!.userDataDir)).toBe("");
  });
});
