// `npm run build`: checks the content, renders the site once, prints every briefing's PDF from
// it and writes each PDF's size into the pages and feeds that state it; then swaps the result
// into output/ (or BUILD_OUTPUT_DIR). The work is done in src/build/ and src/pdf/.
import { runCommand } from "../src/cli/run-command.ts";
import { buildSite } from "../src/build/build-site.ts";
import { printBriefings } from "../src/pdf/print-briefings.ts";

await runCommand(async () => {
  await buildSite({
    outputDir: process.env.BUILD_OUTPUT_DIR ?? "output",
    printPdfs: async (siteDir, briefings) => {
      await printBriefings(siteDir, briefings.map((briefing) => briefing.slug));
    },
  });
});
