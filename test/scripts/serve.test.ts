import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
}

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
  let log = "";
  child.stdout!.on("data", (chunk) => (log += chunk));
  child.stderr!.on("data", (chunk) => (log += chunk));
  const preview = { child, port, log: () => log };
  await waitFor(preview, () => /Server at/.test(log), "the preview to start", 60_000);
  return preview;
}

/** Waits, at most `ms`, for `done` to hold, failing with the preview's log. */
async function waitFor(preview: Preview, done: () => boolean, what: string, ms: number): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (preview.child.exitCode !== null) throw new Error(`npm run serve exited while waiting for ${what}:\n${preview.log()}`);
    if (Date.now() - started > ms) throw new Error(`gave up waiting for ${what} after ${ms / 1000} s:\n${preview.log()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
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

describe("npm run serve", () => {
  const work = tempDir();
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("starts the live preview and serves the briefing's pages and search index", async () => {
    const preview = await startServe(path.join(work, "site"), { [`BRIEFING_PREVIEW_PDF`]: "off" });
    try {
      const response = await fetch(`http://127.0.0.1:${preview.port}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<html lang="zh-CN">');
      // The search index is written after each build, so search works in the preview too.
      const index = await fetch(`http://127.0.0.1:${preview.port}/pagefind/pagefind-entry.json`);
      expect(index.status).toBe(200);
      expect(Object.keys(((await index.json()) as { languages: object }).languages)).toEqual(["zh-cn"]);
      expect(preview.log()).not.toMatch(/Error/);
    } finally {
      process.kill(-preview.child.pid!, "SIGTERM");
    }
  });

  it("re-prints the PDF of the briefing being edited on save, with one Chromium kept open, offers it, and stops cleanly on Ctrl-C", async () => {
    const briefings = path.join(work, "briefings");
    cpSync(VALID_BRIEFINGS, briefings, { recursive: true });
    const site = path.join(work, "pdf-site");
    const pdf = path.join(site, "trade-note", "trade-note.pdf");
    const preview = await startServe(site, { BRIEFINGS_DIR: briefings });
    const pid = preview.child.pid!;
    let stopped = false;
    try {
      // The first build prints every briefing, then the pages are rendered again to offer the PDF.
      await waitFor(preview, () => existsSync(pdf), "the first PDF", 90_000);
      const page = async () => (await fetch(`http://127.0.0.1:${preview.port}/trade-note/`)).text();
      let cover = "";
      await waitFor(preview, () => /class="pdf-download"/.test(cover) || (void page().then((html) => (cover = html)), false), "the preview to offer the PDF", 30_000);
      expect(cover).toContain('href="/trade-note/trade-note.pdf"');
      const download = await fetch(`http://127.0.0.1:${preview.port}/trade-note/trade-note.pdf`);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
      // Share cards are photographed by a short-lived browser of their own when their cache is cold,
      // and the rebuild that offers the PDF may photograph again (its fonts changed); once that
      // has settled, the preview's one browser is the only one left, for three seconds running.
      let alone = 0;
      await waitFor(preview, () => (alone = browsersUnder(pid).length === 1 ? alone + 1 : 0) >= 15, "one browser to remain", 60_000);
      const browsers = browsersUnder(pid);
      expect(browsers).toHaveLength(1);

      const before = { bytes: readFileSync(pdf), mtime: statSync(pdf).mtimeMs };
      appendFileSync(path.join(briefings, "trade-note", "sections", "02-history.md"), "\nA paragraph added while the preview runs, long enough to change the printed page.\n");
      await waitFor(preview, () => statSync(pdf).mtimeMs !== before.mtime && !readFileSync(pdf).equals(before.bytes), "the PDF to be printed again", 90_000);
      expect(preview.log()).toMatch(/Printed trade-note\.pdf\s+\d+ pages/);
      // The same browser printed both times.
      expect(browsersUnder(pid)).toContain(browsers[0]);

      process.kill(-pid, "SIGINT");
      await waitFor(preview, () => preview.child.exitCode !== null || preview.child.signalCode !== null, "npm run serve to stop", 30_000).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
      stopped = preview.child.exitCode !== null || preview.child.signalCode !== null;
      expect(stopped).toBe(true);
      // Chromium is told to close and has exited within a few seconds; nothing is left behind.
      for (const started = Date.now(); isRunning(browsers[0]!) && Date.now() - started < 10_000; ) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(isRunning(browsers[0]!)).toBe(false);
      expect(existsSync(path.join(tmpdir(), `briefing-preview-${pid}.txt`))).toBe(false);
      expect(preview.log()).not.toMatch(/Could not print|Error/);
    } finally {
      if (!stopped) process.kill(-pid, "SIGKILL");
    }
  });
});
