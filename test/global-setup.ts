// Builds the default site once per test run, before any test file starts, for every test
// that only reads it (pages, links, downloads, Chromium and axe checks). It is built as a user
// builds it, by `node scripts/run.mjs build-site`. Tests that change a site copy it first, or
// build their own. Test files reach it with `sharedDefaultSite()` (test/helpers/shared-site.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(path.join(tmpdir(), "briefing-shared-site-"));
  const out = path.join(work, "output");
  const result = spawnSync(process.execPath, ["scripts/run.mjs", "build-site"], {
    encoding: "utf8",
    env: { ...process.env, BUILD_OUTPUT_DIR: out },
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`building the shared default site failed:\n${result.stdout}\n${result.stderr}`);
  project.provide("defaultSite", out);
  return () => rmSync(work, { recursive: true, force: true });
}
