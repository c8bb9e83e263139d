import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROFILE_PREFIX, closeBrowser, launchBrowser } from "../../../src/base/launch-browser.ts";
import { UserFacingError } from "../../../src/base/user-facing-error.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { runScript } from "../../helpers/run-script.ts";
import { isRunning } from "../../helpers/processes.ts";

/** Processes whose command line contains `marker`. */
function processesWith(marker: string): string {
  try {
    return execFileSync("pgrep", ["-f", marker], { encoding: "utf8" }).trim();
  } catch {
    return ""; // pgrep exits 1 when nothing matches
  }
}

describe("a browser that will not start", () => {
  const work = tempDir();
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A fake browser: a shell script with the given body, executable unless told otherwise. */
  function fakeBrowser(name: string, body: string, executable = true): string {
    const file = path.join(work, name);
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, executable ? 0o755 : 0o644);
    return file;
  }

  const advice = /Set PUPPETEER_EXECUTABLE_PATH to a working Chromium or Chrome, or run `npm run setup`/;

  it("that exits at once is reported as such, with what to do", async () => {
    const browser = fakeBrowser("exits", "echo 'cannot open display' >&2\nexit 1");
    const run = launchBrowser({ executablePath: browser, timeoutMs: 10_000 });
    await expect(run).rejects.toBeInstanceOf(UserFacingError);
    await expect(run).rejects.toThrow(new RegExp(`Could not start the browser ${browser}: it exited at once`));
    await expect(run).rejects.toThrow(advice);
  });

  it("that is not executable is reported before anything is started", async () => {
    const browser = fakeBrowser("not-executable", "exit 0", false);
    const run = launchBrowser({ executablePath: browser });
    await expect(run).rejects.toBeInstanceOf(UserFacingError);
    await expect(run).rejects.toThrow(new RegExp(`The browser ${browser} is not an executable program`));
    await expect(run).rejects.toThrow(advice);
  });

  it("that hangs is given up on after the launch timeout, and no process is left running", async () => {
    const marker = `${process.pid}${Date.now() % 100_000}`;
    const browser = fakeBrowser("hangs", `sleep 3600.${marker}`);
    const started = performance.now();
    const run = launchBrowser({ executablePath: browser, timeoutMs: 1500 });
    await expect(run).rejects.toBeInstanceOf(UserFacingError);
    await expect(run).rejects.toThrow(/it did not answer within 2 s of starting/);
    await expect(run).rejects.toThrow(advice);
    expect(performance.now() - started).toBeLessThan(10_000);
    // Puppeteer kills the browser's whole process group as it gives up; allow it a moment on a busy machine.
    for (let waited = 0; waited < 5000 && processesWith(`sleep 3600.${marker}`) !== ""; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(processesWith(`sleep 3600.${marker}`)).toBe("");
  });

  it("ends `npm run pdf` with the one message, no stack trace and no bug banner", async () => {
    const browser = fakeBrowser("exits-for-cli", "exit 1");
    const site = path.join(work, "site", "brief", "print");
    execFileSync("mkdir", ["-p", site]);
    writeFileSync(path.join(site, "index.html"), "<!doctype html><title>x</title>");
    const result = runScript("scripts/print-pdf.ts", { BUILD_OUTPUT_DIR: path.join(work, "site"), PUPPETEER_EXECUTABLE_PATH: browser });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(new RegExp(`^Could not start the browser ${browser}: it exited at once`));
    expect(result.stderr).not.toMatch(/bug in the generator|\n\s+at /);
  });
});

describe("a browser's profile", () => {
  const work = tempDir();
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("is a folder of the build's own, with Chromium's temporary files inside it, removed on close", async () => {
    const parent = path.join(work, "closed");
    mkdirSync(parent);
    const browser = await launchBrowser({ profileParent: parent });
    try {
      const [profile] = readdirSync(parent);
      expect(profile).toMatch(new RegExp(`^${PROFILE_PREFIX}`));
      expect(readdirSync(path.join(parent, profile!))).toContain("tmp");
      const page = await browser.newPage();
      await page.setContent("<p>x</p>");
    } finally {
      await closeBrowser(browser);
    }
    expect(readdirSync(parent)).toEqual([]);
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`is removed, and Chromium stopped, when ${signal} interrupts a command while the browser draws`, async () => {
      const parent = path.join(work, signal);
      mkdirSync(parent);
      const script = path.join(work, `interrupted-${signal}.mts`);
      writeFileSync(
        script,
        [
          `import { launchBrowser } from ${JSON.stringify(path.resolve("src/base/launch-browser.ts"))};`,
          `import { exitCleanlyOnInterrupt } from ${JSON.stringify(path.resolve("src/base/on-interrupt.ts"))};`,
          "exitCleanlyOnInterrupt();",
          `const browser = await launchBrowser({ profileParent: ${JSON.stringify(parent)} });`,
          "const page = await browser.newPage();",
          "await page.setContent('<p>drawing</p>');",
          "console.log(`ready ${browser.process()?.pid}`);",
          "setInterval(() => undefined, 1000);",
        ].join("\n"),
      );
      const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "pipe"] });
      const pid = await new Promise<number>((resolve, reject) => {
        let out = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          out += chunk;
          const match = /ready (\d+)/.exec(out);
          if (match) resolve(Number(match[1]));
        });
        child.on("exit", () => reject(new Error(`the script ended before the browser was ready: ${out}`)));
      });
      expect(readdirSync(parent)).toHaveLength(1);
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBe(signal === "SIGTERM" ? 143 : 130);
      expect(readdirSync(parent)).toEqual([]);
      expect(isRunning(pid)).toBe(false);
    });
  }
});
