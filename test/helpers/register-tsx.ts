// Eleventy imports .eleventy.js, and through it our TypeScript plugins, with Node's own
// import(), outside Vitest's transform: tsx's loader lets Node read those .ts files.
// Test files share a worker's modules (test/vitest.config.ts), and this runs before each of
// them: the loader is registered once per worker, not once more per file.
import { register } from "tsx/esm/api";

const REGISTERED = Symbol.for("briefing.tsxRegistered");
const worker = globalThis as unknown as Record<symbol, boolean>;
if (!worker[REGISTERED]) {
  register();
  worker[REGISTERED] = true;
}
