// `npm run bench`: how long the build takes. Measured here, never asserted in tests.
// Builds the site (and, with --pdf, the PDFs) several times into a temporary folder
// and prints the median and spread of each.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCommand } from "../src/cli/run-command.ts";
import { benchmark, describeSamples } from "../src/bench/benchmark.ts";
import { buildSite } from "../src/build/build-site.ts";

const runs = Number(process.env.BENCH_RUNS ?? 5);

await runCommand(async () => {
  const work = mkdtempSync(path.join(tmpdir(), "briefing-bench-"));
  try {
    const site = await benchmark(runs, () => buildSite({ outputDir: path.join(work, "site"), quiet: true }));
    console.log(`site build (${runs} runs): ${describeSamples(site)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
