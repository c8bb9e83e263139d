// `npm run build`: checks the content, renders the site once, prints every briefing's PDF from
// it (reusing unchanged ones from the PDF cache) and writes each PDF's size into the pages and
// feeds that state it; then swaps the result into output/ (or BUILD_OUTPUT_DIR).
// `-- --shard i/n` prints one share of the PDFs into the cache folder and publishes nothing;
// `-- --merge <folders>` builds the site from the PDFs shards printed. The work is in src/.
import { runCommand } from "../src/tools/cli/run-command.ts";
import { buildSite } from "../src/tools/build/build-site.ts";
import { printBriefings } from "../src/outputs/pdf/print-briefings.ts";
import { pdfCacheDir } from "../src/outputs/pdf/pdf-cache.ts";
import { briefingsOfShard, parsePrintPlan } from "../src/outputs/pdf/print-plan.ts";

await runCommand(async () => {
  const plan = parsePrintPlan(process.argv.slice(2));
  await buildSite({
    outputDir: process.env.BUILD_OUTPUT_DIR ?? "output",
    printOnly: plan.shard !== undefined,
    printPdfs: async (siteDir, briefings) => {
      const slugs = briefingsOfShard(briefings.map((briefing) => briefing.slug), plan.shard);
      await printBriefings(siteDir, slugs, { cache: { dir: pdfCacheDir(), alsoReadFrom: plan.merge, requireCached: plan.merge !== undefined } });
    },
  });
});
