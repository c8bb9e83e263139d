import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/fixtures.ts";
import { listFiles } from "../helpers/site.ts";
import { runScript, runScriptInBackground, type ScriptResult } from "../helpers/run-script.ts";
import { sharedBrowserOptions } from "../helpers/shared-site.ts";
import { SEVERAL_SLUGS, severalBriefings } from "../helpers/several-briefings.ts";

/** The environment that has a build print with the run's Chromium. */
const sharedBrowserEnv = () => ({ BROWSER_WS_ENDPOINT: sharedBrowserOptions().wsEndpoint });

describe("npm run build -- --shard i/n, then -- --merge", () => {
  const work = tempDir();
  const briefings = severalBriefings(path.join(work, "briefings"));
  const single = path.join(work, "single");
  const merged = path.join(work, "merged");
  const shardDirs = [path.join(work, "shard-1"), path.join(work, "shard-2")];
  // The builds share one cache folder, empty at the start, as CI jobs sharing a restored cache do:
  // the two shards at once write the same font subsets and share images. They print with the
  // run's Chromium (BROWSER_WS_ENDPOINT), as CI jobs with a remote browser do, rather than each
  // starting one.
  const env = (extra: Record<string, string>) => ({ BRIEFINGS_DIR: briefings, SOURCE_DATE_EPOCH: "", BUILD_CACHE_DIR: path.join(work, "shared-cache"), ...sharedBrowserEnv(), ...extra });
  let shards: ScriptResult[];
  let merge: ScriptResult;

  beforeAll(async () => {
    // The two shards run side by side, as on separate CI machines.
    shards = await Promise.all(
      shardDirs.map((dir, index) =>
        runScriptInBackground("scripts/build.ts", env({ BUILD_OUTPUT_DIR: path.join(work, `not-published-${index + 1}`), PDF_CACHE_DIR: dir }), ["--shard", `${index + 1}/2`]),
      ),
    );
    // The single-machine build, to compare the merge with, after them: a third cold build at once
    // would redo the same fonts and share images for nothing (a fifth of the suite's builds).
    const one = runScript("scripts/build.ts", env({ BUILD_OUTPUT_DIR: single, PDF_CACHE_DIR: path.join(work, "single-cache") }));
    expect(one.stderr).toBe("");
    merge = runScript("scripts/build.ts", env({ BUILD_OUTPUT_DIR: merged, PDF_CACHE_DIR: path.join(work, "merge-cache") }), ["--merge", ...shardDirs]);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("splits the briefings between the shards by sorted position, each printing its own into its folder and publishing nothing", () => {
    for (const shard of shards) expect(shard.status, shard.stderr).toBe(0);
    expect(readdirSync(shardDirs[0]!).sort()).toEqual([SEVERAL_SLUGS[0], SEVERAL_SLUGS[2]]);
    expect(readdirSync(shardDirs[1]!).sort()).toEqual([SEVERAL_SLUGS[1]]);
    expect(shards[0]!.stdout).toMatch(/^Printed 2 PDFs /m);
    expect(shards[1]!.stdout).toMatch(/^Printed 1 PDF /m);
    expect(existsSync(path.join(work, "not-published-1"))).toBe(false);
    expect(existsSync(path.join(work, "not-published-2"))).toBe(false);
  });

  it("merges into a site that equals a single-machine build byte for byte, printing nothing", () => {
    expect(merge.status, merge.stderr).toBe(0);
    expect(merge.stdout).toMatch(/^Printed 0 PDFs, reused 3 unchanged from the cache/m);
    const files = listFiles(single);
    expect(listFiles(merged)).toEqual(files);
    expect(files.filter((file) => file.endsWith(".pdf"))).toHaveLength(3);
    const different = files.filter((file) => !readFileSync(path.join(single, file)).equals(readFileSync(path.join(merged, file))));
    expect(different).toEqual([]);
  });

  it("refuses to merge when a shard's PDFs are missing, naming the briefing, and publishes nothing", () => {
    const result = runScript("scripts/build.ts", env({ BUILD_OUTPUT_DIR: path.join(work, "half"), PDF_CACHE_DIR: path.join(work, "half-cache") }), ["--merge", shardDirs[0]!]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(new RegExp(`^The PDF of the briefing "${SEVERAL_SLUGS[1]}" was not printed by any shard`));
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(work, "half"))).toBe(false);
  });

  it("rejects a malformed shard with the usage", () => {
    const result = runScript("scripts/build.ts", env({ BUILD_OUTPUT_DIR: path.join(work, "bad") }), ["--shard", "3/2"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--shard takes <i>\/<n> with 1 ≤ i ≤ n.*not "3\/2"/);
  });
});
