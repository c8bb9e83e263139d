import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/helpers/register-tsx.ts"],
    // Integration tests build real sites and drive a real Chromium.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
