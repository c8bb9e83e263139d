// `npm run pdf`: prints each briefing's PDF again from the site already built in output/
// (or BUILD_OUTPUT_DIR), without rebuilding the site. The work is done in src/outputs/pdf/.
import { runCommand } from "../src/tools/cli/run-command.ts";
import { outputDirFrom, projectFromEnvironment } from "../src/tools/cli/environment.ts";
import { reprintPdfs } from "../src/outputs/pdf/reprint-pdfs.ts";

await runCommand(async () => {
  const { settings, run } = projectFromEnvironment(process.env);
  await reprintPdfs(outputDirFrom(process.env), { siteUrl: settings.site.url, browser: run.browser, concurrency: run.pdfConcurrency, sourceDateEpoch: run.sourceDateEpoch });
});
