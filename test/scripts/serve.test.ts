import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/fixtures.ts";

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

describe("npm run serve", () => {
  const work = tempDir();
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("starts the live preview and serves the briefing's pages and search index", async () => {
    // The package.json script, writing into a temporary folder instead of output/.
    const script: string = JSON.parse(readFileSync("package.json", "utf8")).scripts.serve;
    const [command, ...args] = script.replace("--output=output", `--output=${path.join(work, "site")}`).split(" ");
    const port = await freePort();
    const child = spawn(path.resolve("node_modules/.bin", command!), [...args, `--port=${port}`], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (chunk) => (log += chunk));
    child.stderr.on("data", (chunk) => (log += chunk));
    try {
      const started = Date.now();
      while (!/Server at/.test(log)) {
        if (child.exitCode !== null) throw new Error(`npm run serve exited early:\n${log}`);
        if (Date.now() - started > 60_000) throw new Error(`npm run serve did not start:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<html lang="zh-CN">');
      // The search index is written after each build, so search works in the preview too.
      const index = await fetch(`http://127.0.0.1:${port}/pagefind/pagefind-entry.json`);
      expect(index.status).toBe(200);
      expect(Object.keys(((await index.json()) as { languages: object }).languages)).toEqual(["zh-cn"]);
      expect(log).not.toMatch(/Error/);
    } finally {
      process.kill(-child.pid!, "SIGTERM");
    }
  });
});
