import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALID_BRIEFINGS, tempDir } from "../helpers/fixtures.ts";

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A running `npm run serve`, writing into `site`, and everything it printed so far. */
interface Preview {
  child: ChildProcess;
  port: number;
  log: () => string;
  /**
   * Resolves once the preview has printed `pattern` `times` times in all, as it prints it: an
   * event, not a deadline (the test's own timeout is the only limit). Fails if it exits first.
   */
  printed: (pattern: RegExp, times?: number) => Promise<void>;
  /** Resolves when the process has ended. */
  ended: Promise<void>;
}

/** Every preview started, so none outlives the file, whatever failed. */
const started: ChildProcess[] = [];

/** Starts the package.json serve script in its own process group, writing into a temporary folder. */
async function startServe(site: string, env: Record<string, string> = {}): Promise<Preview> {
  const script: string = JSON.parse(readFileSync("package.json", "utf8")).scripts.serve;
  const [command, ...args] = script.replace("--output=output", `--output=${site}`).split(" ");
  const port = await freePort();
  const binary = command === "node" ? process.execPath : path.resolve("node_modules/.bin", command!);
  const child = spawn(binary, [...args, `--port=${port}`], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  started.push(child);
  let log = "";
  const waiting = new Set<() => void>();
  const onOutput = (chunk: Buffer) => {
    log += chunk;
    for (const check of [...waiting]) check();
  };
  child.stdout!.on("data", onOutput);
  child.stderr!.on("data", onOutput);
  const ended = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const printed = (pattern: RegExp, times = 1) =>
    new Promise<void>((resolve, reject) => {
      const count = () => [...log.matchAll(new RegExp(pattern.source, "g"))].length;
      const check = () => {
        if (count() < times) return;
        waiting.delete(check);
        resolve();
      };
      waiting.add(check);
      void ended.then(() => {
        if (!waiting.delete(check)) return;
        reject(new Error(`npm run serve exited before printing ${pattern} ${times} times:\n${log}`));
      });
      check();
    });
  const preview = { child, port, log: () => log, printed, ended };
  await printed(/Server at/);
  return preview;
}

/** Polls until `done` holds, bounded only by the test's timeout: for what has no event to wait on. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The process ids of Chromium browsers (not their helper processes) started by a process's children. */
function browsersUnder(pid: number): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), args: match[3]! }));
  const family = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of table) if (family.has(row.ppid) && !family.has(row.pid)) family.add(row.pid), (grew = true);
  }
  return table.filter((row) => family.has(row.pid) && row.args.includes("--remote-debugging") && !row.args.includes("--type=")).map((row) => row.pid);
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// One preview for both tests: starting one (Eleventy's first build, the first print) was most of
// each test's time, and the second test needs a running preview anyway.
describe("npm run serve", () => {
  const work = tempDir();
  const briefings = path.join(work, "briefings");
  const site = path.join(work, "site");
  const pdf = path.join(site, "trade-note", "trade-note.pdf");
  let preview: Preview;
  beforeAll(async () => {
    // The small English test briefing, not the shipped one: the preview is tested, not src/briefings.
    cpSync(VALID_BRIEFINGS, briefings, { recursive: true });
    preview = await startServe(site, { BRIEFINGS_DIR: briefings });
  });
  afterAll(() => {
    for (const child of started) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // The whole group has ended already.
      }
    }
    rmSync(work, { recursive: true, force: true });
  });

  it("starts the live preview and serves the briefing's pages and search index", async () => {
    const response = await fetch(`http://127.0.0.1:${preview.port}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<html lang="en" dir="ltr">');
    // The search index is written after each build, so search works in the preview too.
    const index = await fetch(`http://127.0.0.1:${preview.port}/pagefind/pagefind-entry.json`);
    expect(index.status).toBe(200);
    expect(Object.keys(((await index.json()) as { languages: object }).languages)).toEqual(["en"]);
    expect(preview.log()).not.toMatch(/Error/);
  });

  it("re-prints the PDF of the briefing being edited on save, with one Chromium kept open, offers it, and stops cleanly on Ctrl-C", async () => {
    const pid = preview.child.pid!;
    let stopped = false;
    try {
      // The first build prints every briefing, then the pages are rendered again to offer the PDF:
      // Eleventy reports that rebuild ("Wrote N files") after the preview reports the print.
      await preview.printed(/Printed trade-note\.pdf/);
      expect(existsSync(pdf)).toBe(true);
      const rebuilds = [...preview.log().matchAll(/\bWrote \d+ files?\b/g)].length;
      await preview.printed(/\bWrote \d+ files?\b/, rebuilds + 1);
      const cover = await (await fetch(`http://127.0.0.1:${preview.port}/trade-note/`)).text();
      expect(cover).toContain('class="pdf-download"');
      expect(cover).toContain('href="/trade-note/trade-note.pdf"');
      const download = await fetch(`http://127.0.0.1:${preview.port}/trade-note/trade-note.pdf`);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
      // Share cards are photographed by a short-lived browser of their own when their cache is
      // cold, and the rebuild that offers the PDF may photograph again (its fonts changed); that
      // browser is closed before Eleventy reports the rebuild, so the preview's is the one left.
      const browsers = browsersUnder(pid);
      expect(browsers).toHaveLength(1);

      const before = { bytes: readFileSync(pdf), mtime: statSync(pdf).mtimeMs };
      appendFileSync(path.join(briefings, "trade-note", "sections", "02-history.md"), "\nA paragraph added while the preview runs, long enough to change the printed page.\n");
      await preview.printed(/Printed trade-note\.pdf/, 2);
      expect(statSync(pdf).mtimeMs).not.toBe(before.mtime);
      expect(readFileSync(pdf).equals(before.bytes)).toBe(false);
      expect(preview.log()).toMatch(/Printed trade-note\.pdf\s+\d+ pages/);
      // The same browser printed both times.
      expect(browsersUnder(pid)).toContain(browsers[0]);

      process.kill(-pid, "SIGINT");
      await preview.ended;
      stopped = true;
      expect(preview.child.exitCode !== null || preview.child.signalCode !== null).toBe(true);
      // Chromium is told to close and exits: nothing is left behind.
      await until(() => !isRunning(browsers[0]!));
      expect(isRunning(browsers[0]!)).toBe(false);
      expect(existsSync(path.join(tmpdir(), `briefing-preview-${pid}.txt`))).toBe(false);
      expect(preview.log()).not.toMatch(/Could not print|Error/);
    } finally {
      if (!stopped) process.kill(-pid, "SIGKILL");
    }
    // Two prints and a rebuild after each, on a busy machine.
  }, 300_000);
});
