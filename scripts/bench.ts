// `npm run bench`: how long the build takes. Measured here, never asserted in tests.
// Builds the site alone, and the site with its PDFs, several times into a temporary folder,
// and prints the median and spread of each.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCommand } from "../src/cli/run-command.ts";
import { benchmark, describeSamples } from "../src/bench/benchmark.ts";
import { buildSite } from "../src/build/build-site.ts";
import { printBriefings } from "../src/pdf/print-briefings.ts";

const runs = Number(process.env.BENCH_RUNS ?? 5);

await runCommand(async () => {
  const work = mkdtempSync(path.join(tmpdir(), "briefing-bench-"));
  try {
    const site = await benchmark(runs, () => buildSite({ outputDir: path.join(work, "site"), quiet: true }));
    console.log(`site build (${runs} runs): ${describeSamples(site)}`);
    const withPdfs = await benchmark(runs, () =>
      buildSite({
        outputDir: path.join(work, "full"),
        quiet: true,
        printPdfs: async (siteDir, briefings) => {
          await printBriefings(siteDir, briefings.map((briefing) => briefing.slug), { log: false });
        },
      }),
    );
    console.log(`site and PDF build (${runs} runs): ${describeSamples(withPdfs)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
