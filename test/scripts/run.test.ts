import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "../helpers/run-script.ts";

/** Runs `node scripts/run.mjs …` as package.json's scripts do. */
function runCompiled(args: string[]) {
  const result = spawnSync(process.execPath, ["scripts/run.mjs", ...args], { encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/run.mjs, which runs the commands from a bundle compiled once", () => {
  it("runs a script from .cache/dist and behaves as the script does through tsx", () => {
    const compiled = runCompiled(["check", "no-such-folder"]);
    const throughTsx = runScript("scripts/check.ts", {}, ["no-such-folder"]);
    expect(compiled.status).toBe(1);
    expect(compiled.stderr).toBe(throughTsx.stderr);
    expect(compiled.stderr.trim()).toBe("There is no built site at no-such-folder: run `npm run build` first, or name the folder to check.");
    // The bundle records the checkout it was made from, so a moved checkout compiles again.
    expect(readFileSync(".cache/dist/built-from-sources", "utf8")).toBe(path.resolve("."));
  });

  it("refuses a command that is not one of scripts/*.ts, saying how to call it", () => {
    const result = runCompiled(["no-such-command"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('usage: node scripts/run.mjs <command>, where scripts/<command>.ts exists (got "no-such-command")\n');
  });
});
