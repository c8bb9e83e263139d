// `npm run build`: checks the content, renders the site once, prints every briefing's PDF from
// it, one per edition (reusing unchanged ones from the PDF cache) and writes each PDF's size into the pages and
// feeds that state it; then swaps the result into output/ (or BUILD_OUTPUT_DIR).
// `-- --shard i/n` prints one share of the PDFs into the cache folder and publishes nothing;
// `-- --merge <folders>` builds the site from the PDFs shards printed. The work is in src/.
import { runCommand } from "../src/tools/cli/run-command.ts";
import { eleventyConfigFrom, outputDirFrom, projectFromEnvironment } from "../src/tools/cli/environment.ts";
import { buildSite } from "../src/tools/build/build-site.ts";
import { printBriefings } from "../src/outputs/pdf/print-briefings.ts";
import { briefingsOfShard, parsePrintPlan } from "../src/outputs/pdf/print-plan.ts";
import { everyEdition } from "../src/outputs/eleventy/briefings-plugin.ts";
import { pdfKey } from "../src/content/paths/briefing-paths.ts";

await runCommand(async () => {
  const plan = parsePrintPlan(process.argv.slice(2));
  const project = projectFromEnvironment(process.env);
  const { run } = project;
  await buildSite({
    outputDir: outputDirFrom(process.env),
    project,
    eleventyConfig: eleventyConfigFrom(process.env),
    printOnly: plan.shard !== undefined,
    printPdfs: async (siteDir, briefings) => {
      const keys = briefingsOfShard(briefings.flatMap(everyEdition).map(pdfKey), plan.shard);
      await printBriefings(siteDir, keys, {
        siteUrl: project.settings.site.url,
        browser: run.browser,
        concurrency: run.pdfConcurrency,
        sourceDateEpoch: run.sourceDateEpoch,
        cache: { dir: run.pdfCacheDir, alsoReadFrom: plan.merge, requireCached: plan.merge !== undefined },
      });
    },
  });
});
