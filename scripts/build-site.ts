// `npm run build:site`: checks the content and builds the site into output/
// (or BUILD_OUTPUT_DIR). The work is done in src/tools/build/build-site.ts.
import { writeFileSync } from "node:fs";
import { StageClock } from "../src/base/stage-clock.ts";
import { runCommand } from "../src/tools/cli/run-command.ts";
import { eleventyConfigFrom, outputDirFrom, projectFromEnvironment, stageTimesFileFrom } from "../src/tools/cli/environment.ts";
import { buildSite } from "../src/tools/build/build-site.ts";

await runCommand(async () => {
  const stageTimesFile = stageTimesFileFrom(process.env);
  const clock = new StageClock();
  await buildSite({ outputDir: outputDirFrom(process.env), project: projectFromEnvironment(process.env), eleventyConfig: eleventyConfigFrom(process.env), clock });
  if (stageTimesFile) writeFileSync(stageTimesFile, `${JSON.stringify(clock.stages(), null, 2)}\n`);
});
