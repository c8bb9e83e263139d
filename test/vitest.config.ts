import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import SlowFirstSequencer from "./sequencer.ts";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/helpers/register-tsx.ts"],
    // The shared sites and the shared Chromium, made once for the run: see test/shared-sites.ts.
    globalSetup: ["test/global-setup.ts"],
    // A worker's test files share the modules they load: importing Eleventy, Puppeteer and the
    // project's code again for each of 90 files was a third of the run. Nothing below the
    // entries keeps state that one file could leave for another (settings are passed, not read
    // from the environment; every cache is keyed by its inputs).
    isolate: false,
    // Vitest's default on 2 cores is one file at a time. The integration tests spend much of
    // their time waiting on Chromium and child processes, so one file per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
    // The slow files first, longest first (test/sequencer.ts), so the two workers finish together.
    sequence: { sequencer: SlowFirstSequencer },
    // Integration tests build real sites and drive a real Chromium.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
