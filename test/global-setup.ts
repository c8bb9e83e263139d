// Before any test file starts: builds every shared site of test/shared-sites.ts, side by side,
// as a user builds them (`node scripts/run.mjs build` or `build-site`), after starting the one
// Chromium the whole run shares: the builds print with it, and the test files connect to it by
// its DevTools endpoint (see test/helpers/shared-site.ts). Both are handed to the test files
// with Vitest's provide/inject.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { closeBrowser, launchBrowser } from "../src/base/launch-browser.ts";
import { runScriptInBackground } from "./helpers/run-script.ts";
import { SHARED_SITES, type SharedSiteName } from "./shared-sites.ts";

/** A shared site once built: where it is, and what its build printed. */
export interface BuiltSharedSite {
  /** The published site (BUILD_OUTPUT_DIR). */
  dir: string;
  /** The briefings it was built from (BRIEFINGS_DIR). */
  briefingsDir: string;
  /** The environment the build ran with, besides the process's own. */
  env: Record<string, string>;
  status: number | null;
  stdout: string;
  stderr: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Every shared site, built once per run. */
    sharedSites: Partial<Record<SharedSiteName, BuiltSharedSite>>;
    /** The DevTools endpoint of the Chromium the run shares. */
    browserEndpoint: string;
  }
}

type BuiltSpec = Exclude<(typeof SHARED_SITES)[SharedSiteName], { sameAs: string }>;

/**
 * The shared sites this run builds: all of them, or, when running a few test files by hand, only
 * those named in TEST_SHARED_SITES (a comma-separated list, or `none`; an unknown name is refused),
 * an alias standing for the site it names. A test that reads a site left out fails with the
 * site's name (see test/helpers/shared-site.ts).
 * @param only the value of TEST_SHARED_SITES, if set
 */
function sitesToBuild(only: string | undefined): [SharedSiteName, BuiltSpec][] {
  const built = (Object.entries(SHARED_SITES) as [SharedSiteName, (typeof SHARED_SITES)[SharedSiteName]][]).filter(
    (entry): entry is [SharedSiteName, BuiltSpec] => !("sameAs" in entry[1]),
  );
  if (only === undefined || only.trim() === "") return built;
  if (only.trim() === "none") return [];
  const names = only.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => !(name in SHARED_SITES));
  if (unknown.length > 0) throw new Error(`TEST_SHARED_SITES names ${unknown.join(", ")}; the shared sites are ${Object.keys(SHARED_SITES).join(", ")}`);
  const wanted = names.map((name) => aliasTarget(name as SharedSiteName));
  return built.filter(([name]) => wanted.includes(name));
}

/** The site a name stands for: itself, or the site an alias names. */
function aliasTarget(name: SharedSiteName): SharedSiteName {
  const spec = SHARED_SITES[name];
  return "sameAs" in spec ? spec.sameAs : name;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(path.join(tmpdir(), "briefing-shared-sites-"));
  // The builds print and photograph with the run's one Chromium (BROWSER_WS_ENDPOINT, as a user
  // with a remote browser sets it): seven builds each starting two of their own, side by side on
  // two cores, cost more than their pages do.
  const shared = await launchBrowser();
  const entries = await Promise.all(
    sitesToBuild(process.env.TEST_SHARED_SITES).map(async ([name, spec]) => {
      let briefingsDir = path.resolve(spec.briefings[0]!);
      if (!("inPlace" in spec && spec.inPlace)) {
        briefingsDir = path.join(work, name, "briefings");
        mkdirSync(briefingsDir, { recursive: true });
        for (const folder of spec.briefings) cpSync(folder, briefingsDir, { recursive: true });
        if ("prepare" in spec) spec.prepare(briefingsDir);
      }
      const dir = path.join(work, name, "output");
      const env: Record<string, string> = { BRIEFINGS_DIR: briefingsDir, BUILD_OUTPUT_DIR: dir, ...("env" in spec ? spec.env : {}) };
      if ("freshPdfCache" in spec && spec.freshPdfCache) env.PDF_CACHE_DIR = path.join(work, name, "pdf-cache");
      const result = await runScriptInBackground(`scripts/${spec.command}.ts`, { ...env, BROWSER_WS_ENDPOINT: shared.wsEndpoint() });
      return [name, { dir, briefingsDir, env, ...result }] as const;
    }),
  );
  const sites: Partial<Record<SharedSiteName, BuiltSharedSite>> = Object.fromEntries(entries);
  for (const name of Object.keys(SHARED_SITES) as SharedSiteName[]) {
    const target = sites[aliasTarget(name)];
    if (target) sites[name] = target;
  }
  project.provide("sharedSites", sites);
  project.provide("browserEndpoint", shared.wsEndpoint());
  return async () => {
    await closeBrowser(shared);
    rmSync(work, { recursive: true, force: true });
  };
}
