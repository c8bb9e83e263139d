import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/helpers/register-tsx.ts"],
    // The default site is built once for the run; see test/helpers/shared-site.ts.
    globalSetup: ["test/global-setup.ts"],
    // Vitest's default on 2 cores is one file at a time. The integration tests spend much of
    // their time waiting on Chromium and child processes, so one file per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files in one worker share their loaded modules instead of importing everything again
    // for each file (44 s of a 185 s run went to imports). Nothing a test relies on lives in
    // module state except caches keyed by content (formatters, briefings by file state, font
    // subsets), which give the same answer whichever file filled them.
    isolate: false,
    // Integration tests build real sites and drive a real Chromium.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
