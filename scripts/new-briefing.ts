// `npm run new -- "<title>" [--slug folder-name] [--lang en]`: writes a new briefing folder
// under src/briefings/ (or BRIEFINGS_DIR) that builds at once. The work is in src/tools/authoring/.
import { parseArgs } from "node:util";
import path from "node:path";
import { UserFacingError } from "../src/base/user-facing-error.ts";
import { runCommand } from "../src/tools/cli/run-command.ts";
import { scaffoldBriefing } from "../src/tools/authoring/scaffold-briefing.ts";
import { projectFromEnvironment } from "../src/tools/cli/environment.ts";

await runCommand(async () => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { slug: { type: "string" }, lang: { type: "string" } } });
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message}. Use: npm run new -- "<title>" [--slug folder-name] [--lang en]`);
  }
  const { settings } = projectFromEnvironment(process.env);
  const result = scaffoldBriefing({
    title: parsed.positionals.join(" "),
    slug: parsed.values.slug,
    language: parsed.values.lang,
    siteLanguage: settings.site.language,
    briefingsDir: settings.briefingsDir,
    dataDir: settings.dataDir,
  });
  const relative = path.relative(process.cwd(), result.dir);
  const where = relative.startsWith("..") ? path.resolve(result.dir) : relative;
  console.log(`Created ${where}/ with ${result.files.join(" and ")}.`);
  console.log(`Edit them, then run npm run serve to preview (it prints the PDF too) or npm run build.`);
});
