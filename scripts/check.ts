// `npm run check [folder] [--only=html,links,feeds,data,share,hreflang,editions,pdfs,accessibility] [--no-cache]`:
// the quality gate over a built site (output/ by default). Prints one line per finding and a
// summary with the time it took, and exits 1 if anything was found. Results of unchanged pages
// are kept in <cacheDir>/gate unless --no-cache. The work is in src/tools/check/.
import { cacheFolder } from "../src/base/cache-folder.ts";
import { UserFacingError } from "../src/base/user-facing-error.ts";
import { runCommand } from "../src/tools/cli/run-command.ts";
import { formatFindings } from "../src/tools/check/finding.ts";
import { CHECKS, runChecks, type CheckName } from "../src/tools/check/run-checks.ts";
import { projectFromEnvironment } from "../src/tools/cli/environment.ts";
import { readInterfaceWords } from "../src/content/interface-words.ts";
import path from "node:path";

await runCommand(async () => {
  const args = process.argv.slice(2);
  const only = args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length).split(",");
  const unknown = only?.filter((name) => !(CHECKS as readonly string[]).includes(name)) ?? [];
  if (unknown.length > 0) throw new UserFacingError(`--only names unknown checks (${unknown.join(", ")}); choose from ${CHECKS.join(", ")}.`);
  const folder = args.find((arg) => !arg.startsWith("--")) ?? "output";
  const started = performance.now();
  const { settings, run } = projectFromEnvironment(process.env);
  const cacheDir = args.includes("--no-cache") ? undefined : cacheFolder(run.cacheDir, "gate");
  const { findings, counted } = await runChecks(folder, { only: (only as CheckName[] | undefined) ?? CHECKS, siteUrl: settings.site.url, labels: readInterfaceWords(path.join(settings.dataDir, "labels")), browser: run.browser, cacheDir });
  for (const line of formatFindings(findings)) console.log(`${folder}/${line}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const what = `${counted.pages} pages, ${counted.pdfs} PDFs and ${counted.files} files in ${folder}/ in ${seconds} s`;
  console.log(findings.length === 0 ? `check: no problems found in ${what}` : `check: ${findings.length} problem${findings.length === 1 ? "" : "s"} found in ${what}`);
  if (findings.length > 0) process.exitCode = 1;
});
