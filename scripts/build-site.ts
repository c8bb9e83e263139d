// `npm run build:site`: checks the content and builds the site into output/
// (or BUILD_OUTPUT_DIR). The work is done in src/tools/build/build-site.ts.
import { runCommand } from "../src/tools/cli/run-command.ts";
import { buildSite } from "../src/tools/build/build-site.ts";

await runCommand(async () => {
  await buildSite({ outputDir: process.env.BUILD_OUTPUT_DIR ?? "output" });
});
