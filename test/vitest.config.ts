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
    // Integration tests build real sites and drive a real Chromium.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
