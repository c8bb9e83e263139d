import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { brokenBriefings, tempDir } from "../helpers/fixtures.ts";
import { runScript } from "../helpers/run-script.ts";

describe("scripts/build-site.ts with a malformed briefing", () => {
  const work = tempDir();
  const output = path.join(work, "output");
  const briefings = brokenBriefings({ "briefing.yaml": (t) => t.replace("value: 14", "value: fourteen") });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(briefings, { recursive: true, force: true });
  });

  it("exits non-zero with one short message naming the file, line and field, and no stack trace", () => {
    const result = runScript("scripts/build-site.ts", { BRIEFINGS_DIR: briefings, BUILD_OUTPUT_DIR: output });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/trade-note\/briefing\.yaml:28 figures\[1\]\.value: expected number, found "fourteen"/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr.trim().split("\n").length).toBeLessThan(5);
  });

  it("leaves the site that was already published untouched", () => {
    mkdirSync(output, { recursive: true });
    writeFileSync(path.join(output, "index.html"), "published");
    const result = runScript("scripts/build-site.ts", { BRIEFINGS_DIR: briefings, BUILD_OUTPUT_DIR: output });
    expect(result.status).toBe(1);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("published");
    expect(readdirSync(work)).toEqual(["output"]);
  });
});
