import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_ARGS, findBrowser } from "../../../../src/base/launch-browser.ts";
import { printBriefings } from "../../../../src/outputs/pdf/print-briefings.ts";
import { tempDir } from "../../../helpers/fixtures.ts";
import { sharedSite } from "../../../helpers/shared-site.ts";
import { shippedSiteUrl } from "../../../helpers/project.ts";

/** Starts a Chromium of our own that listens for DevTools clients, as a remote pool would; resolves with its endpoint. */
function startRemoteChromium(profile: string): Promise<{ child: ChildProcess; endpoint: string }> {
  const child = spawn(findBrowser(), [...BROWSER_ARGS, "--headless", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], { detached: true, stdio: ["ignore", "ignore", "pipe"] });
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`no DevTools endpoint after 30 s:\n${seen}`)), 30_000);
    child.stderr!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve({ child, endpoint: match[1]! });
      }
    });
    child.once("exit", (code) => reject(new Error(`Chromium exited with ${code}:\n${seen}`)));
  });
}

describe("printing with a browser that is already running (BROWSER_WS_ENDPOINT)", () => {
  const work = tempDir();
  const built = path.join(work, "built");
  let remote: { child: ChildProcess; endpoint: string };

  beforeAll(async () => {
    // A copy of the English site (test/shared-sites.ts) as the site build leaves it, before printing.
    cpSync(sharedSite("english"), built, { recursive: true });
    rmSync(path.join(built, "trade-note", "trade-note.pdf"));
    remote = await startRemoteChromium(path.join(work, "profile"));
  });
  afterAll(() => {
    if (remote?.child.pid) process.kill(-remote.child.pid, "SIGKILL");
    rmSync(work, { recursive: true, force: true });
  });

  it("connects to it instead of launching one, prints the same bytes, and leaves it running", async () => {
    const local = path.join(work, "local");
    const connected = path.join(work, "connected");
    cpSync(built, local, { recursive: true });
    cpSync(built, connected, { recursive: true });
    await printBriefings(local, ["trade-note"], { siteUrl: shippedSiteUrl(), log: false });
    await printBriefings(connected, ["trade-note"], { siteUrl: shippedSiteUrl(), browser: { wsEndpoint: remote.endpoint }, log: false });
    const a = readFileSync(path.join(local, "trade-note", "trade-note.pdf"));
    const b = readFileSync(path.join(connected, "trade-note", "trade-note.pdf"));
    expect(a.length).toBeGreaterThan(10_000);
    expect(b.equals(a)).toBe(true);
    expect(remote.child.exitCode).toBeNull();
    expect(() => process.kill(remote.child.pid!, 0)).not.toThrow();
  });

  it("says which endpoint it could not reach, and what to do", async () => {
    const run = printBriefings(path.join(work, "built"), ["trade-note"], { siteUrl: shippedSiteUrl(), browser: { wsEndpoint: "ws://127.0.0.1:9/devtools/browser/none" }, log: false });
    await expect(run).rejects.toThrow(/^Could not connect to the browser at BROWSER_WS_ENDPOINT=ws:\/\/127\.0\.0\.1:9\/devtools\/browser\/none: .*unset BROWSER_WS_ENDPOINT to start a local Chromium/);
  });
});
