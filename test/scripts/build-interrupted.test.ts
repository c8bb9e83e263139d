import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir, VALID_BRIEFINGS } from "../helpers/fixtures.ts";
import { commandOf, descendantsOf, isBrowser, isRunning } from "../helpers/processes.ts";
import { snapshotTree } from "../helpers/tree.ts";

/** When to interrupt: once the browser that prints has started (mid-print), or once the staging folder exists (mid-render). */
type Moment = "chromium" | "staging";

/** The build script run as npm runs it (package.json's "build"): Node running the compiled bundle, no wrapper process. */
const BUILD = [process.execPath, "scripts/run.mjs", "build"];

// Each signal once while the site renders and once mid-print. Reaching the print costs a whole
// render (three times the CPU of stopping at the staging folder), so only the cases through npm,
// which check the same teardown with npm in between, wait for it.
const CASES: { name: string; command: string[]; signal: NodeJS.Signals; at: Moment; status: number; group?: boolean }[] = [
  { name: "SIGINT to the build script while the site renders", command: BUILD, signal: "SIGINT", at: "staging", status: 130 },
  { name: "SIGTERM to the build script while the site renders", command: BUILD, signal: "SIGTERM", at: "staging", status: 143 },
  // npm passes the signal on to the script (its shell is replaced by `exec`), then exits as the script did.
  { name: "SIGTERM to npm run build mid-print", command: ["npm", "run", "--silent", "build"], signal: "SIGTERM", at: "chromium", status: 143 },
  // Ctrl-C in a terminal signals the whole foreground process group: npm and the build alike.
  { name: "Ctrl-C (SIGINT to the process group) during npm run build, mid-print", command: ["npm", "run", "--silent", "build"], signal: "SIGINT", at: "chromium", status: 130, group: true },
];

describe("npm run build interrupted", () => {
  const work = tempDir();
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const { name, command, signal, at, status, group } of CASES) {
    it(`${name}: leaves output/ as it was, no staging folder and no Chromium, and exits ${status}`, async () => {
      const parent = path.join(work, name.replace(/\W+/g, "-"));
      const output = path.join(parent, "output");
      mkdirSync(path.join(output, "trade-note"), { recursive: true });
      writeFileSync(path.join(output, "index.html"), "<p>published</p>");
      writeFileSync(path.join(output, "trade-note", "trade-note.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 255]));
      // Left behind by an earlier build that was killed outright.
      mkdirSync(path.join(parent, ".output-next-AbC123", "trade-note"), { recursive: true });
      const before = snapshotTree(output);

      const child = spawn(command[0]!, command.slice(1), {
        // A PDF cache of its own that starts empty, so the build prints: with the project's, a PDF
        // another test left there is reused, and the only Chromium to see is `chromium --version`.
        env: { ...process.env, BRIEFINGS_DIR: VALID_BRIEFINGS, BUILD_OUTPUT_DIR: output, PDF_CACHE_DIR: `${parent}-pdf-cache` },
        stdio: ["ignore", "pipe", "pipe"],
        detached: group === true,
      });
      let stderr = "";
      let stdout = "";
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.stdout.on("data", (chunk) => (stdout += chunk));
      const ended = new Promise<number | string>((resolve) => child.on("exit", (code, endSignal) => resolve(code ?? endSignal ?? "")));

      // Watches for the moment (there is no event for another process's child or folder), bounded
      // only by the test's timeout; a build that ends first fails the test at once.
      const chromium = new Set<number>();
      const printing = new Set<number>();
      const staging = () => readdirSync(parent).filter((entry) => entry.startsWith(".output-next-"));
      for (;;) {
        // Eleventy reports the pages written once the share cards' browser (started only when a
        // card is not cached) has closed: a browser after that is the one printing.
        const rendered = /\bWrote \d+ files?\b/.test(stdout);
        for (const pid of descendantsOf(child.pid!)) {
          if (commandOf(pid) !== "chromium") continue;
          chromium.add(pid);
          if (rendered && isBrowser(pid)) printing.add(pid);
        }
        const stagingOfThisBuild = staging().filter((entry) => entry !== ".output-next-AbC123");
        if (at === "chromium" ? printing.size > 0 : stagingOfThisBuild.length > 0) break;
        if (child.exitCode !== null) throw new Error(`the build ended before ${at}: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      for (const pid of descendantsOf(child.pid!)) if (commandOf(pid) === "chromium") chromium.add(pid);
      if (group) process.kill(-child.pid!, signal);
      else child.kill(signal);

      // npm either exits with the script's status or, having passed the signal on, ends by it itself.
      expect([status, ...(command[0] === "npm" ? [signal] : [])]).toContain(await ended);
      expect(stderr).toContain(`Stopped by ${signal}: nothing was published`);
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(snapshotTree(output)).toEqual(before);
      expect(staging()).toEqual([]);
      expect(readdirSync(parent)).toEqual(["output"]);
      if (at === "chromium") expect(printing.size).toBeGreaterThan(0);
      // The build has exited; the Chromium it started goes with it (Puppeteer kills its process group).
      while ([...chromium].some(isRunning)) await new Promise((resolve) => setTimeout(resolve, 50));
      expect([...chromium].filter(isRunning)).toEqual([]);
      expect(existsSync(path.join(output, "feed.xml"))).toBe(false);
    });
  }
});
